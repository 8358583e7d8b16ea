import type { Plugin } from 'vite';
import { timelineDataFiles } from '../../src/features/timeline/timelineData.ts';

const TYPES: Readonly<Record<string, string>> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/**
 * Writes the timeline's downloadable data (events and troop series, CSV and
 * JSON) into the build, and serves the same files in dev. Generated from the
 * content model, never copied by hand. In dev the files reflect the content
 * as it was when the server started.
 */
export const timelineData = (): Plugin => ({
  name: 'explainer-timeline-data',
  configureServer(server) {
    const files = new Map(timelineDataFiles().map((file) => [`/${file.fileName}`, file]));
    server.middlewares.use((request, response, next) => {
      const file = files.get((request.url ?? '').split('?')[0] ?? '');
      if (file === undefined) return next();
      response.setHeader('content-type', TYPES[file.fileName.split('.').pop() ?? ''] ?? 'text/plain; charset=utf-8');
      response.end(file.source);
    });
  },
  generateBundle() {
    for (const file of timelineDataFiles()) this.emitFile({ type: 'asset', fileName: file.fileName, source: file.source });
  },
});
