import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { withSsrModule, writeOutputFile } from './ssrModule.ts';

/** What src/entry-server.tsx exports. */
interface ServerEntry {
  readonly prerenderRoutes: readonly { readonly file: string; readonly search: string }[];
  readonly renderRoute: (search: string) => Promise<{ readonly html: string; readonly key: string; readonly head: string }>;
}

/**
 * After the client build, renders every route with react-dom/server (through
 * Vite's SSR loader, so TSX and JSON imports work) and writes the HTML into the
 * built pages. The page is then readable before, and without, JavaScript.
 */
export const prerender = (): Plugin => {
  let config: ResolvedConfig;
  return {
    name: 'explainer-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (config.build.ssr) return;
      const outDir = join(config.root, config.build.outDir);
      const template = readFileSync(join(outDir, 'index.html'), 'utf8');
      await withSsrModule<ServerEntry, void>(config.root, '/src/entry-server.tsx', async (entry) => {
        for (const route of entry.prerenderRoutes) {
          const { html, key, head } = await entry.renderRoute(route.search);
          const page = template
            .replace('<div id="root"><!--app-html--></div>', `<div id="root" data-prerendered="${key}">${html}</div>`)
            .replace('</head>', `${head}</head>`);
          if (!page.includes(`data-prerendered="${key}"`)) throw new Error('prerender: #root placeholder not found in index.html');
          writeOutputFile(join(outDir, route.file), page);
        }
      });
    },
  };
};
