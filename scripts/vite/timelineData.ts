import { join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { withSsrModule, writeOutputFile } from './ssrModule.ts';

/** What src/features/timeline/timelineData.ts exports. */
interface DataModule {
  readonly timelineDataFiles: () => readonly { readonly fileName: string; readonly source: string }[];
}

const GENERATOR = '/src/features/timeline/timelineData.ts';
const TYPES: Readonly<Record<string, string>> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/**
 * Writes the timeline's downloadable data (events and the troop series, CSV
 * and JSON) into the build, and serves the same files in dev. The generator
 * runs through Vite's SSR loader, as the prerender does, so the config never
 * imports the content and dev always serves the content as it is now.
 */
export const timelineData = (): Plugin => {
  let config: ResolvedConfig;
  return {
    name: 'explainer-timeline-data',
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0] ?? '';
        if (!path.startsWith('/data/')) return next();
        server
          .ssrLoadModule(GENERATOR)
          .then((module) => {
            const file = (module as DataModule).timelineDataFiles().find((f) => `/${f.fileName}` === path);
            if (file === undefined) return next();
            response.setHeader('content-type', TYPES[file.fileName.split('.').pop() ?? ''] ?? 'text/plain; charset=utf-8');
            response.end(file.source);
          })
          .catch(next);
      });
    },
    // After the bundle, like the prerender: the files are plain outputs, not part of the module graph.
    async closeBundle() {
      // Dev servers (Vitest's among them) call closeBundle when they close: build only.
      if (config.command !== 'build' || config.build.ssr) return;
      const outDir = resolve(config.root, config.build.outDir);
      await withSsrModule<DataModule, void>(config.root, GENERATOR, ({ timelineDataFiles }) => {
        for (const file of timelineDataFiles()) writeOutputFile(join(outDir, file.fileName), file.source);
      });
    },
  };
};
