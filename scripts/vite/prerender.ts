import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { usesLocatorMap, withLocatorMapDefs } from './locatorMap.ts';
import { withSsrModule, writeOutputFile } from './ssrModule.ts';

/** What src/entry-server.tsx exports. */
interface ServerEntry {
  readonly prerenderRoutes: readonly { readonly file: string; readonly search: string; readonly stylesheet: string }[];
  readonly renderRoute: (search: string) => Promise<{ readonly html: string; readonly key: string; readonly head: string }>;
}

/** Each page's stylesheet: src/app/styles/<name>.css, built as an entry of its own (the folder is the list). */
const PAGE_STYLESHEETS = readdirSync(new URL('../../src/app/styles/', import.meta.url))
  .filter((file) => file.endsWith('.css'))
  .map((file) => file.slice(0, -'.css'.length));
export const pageStylesheetInputs = Object.fromEntries(
  PAGE_STYLESHEETS.map((name) => [`page-${name}`, `src/app/styles/${name}.css`]),
);

const BOOT_SCRIPT = /\s*<!--[^>]*-->\s*<script src="\/boot\.js"><\/script>/;

/** Inlines a page's stylesheet under a CSP hash: first paint waits for no second request, and the CSP stays strict. */
const inlineStylesheet = (page: string, css: string): string => {
  const safe = css.replace(/<\/style/gi, '<\\/style');
  const hash = `'sha256-${createHash('sha256').update(safe).digest('base64')}'`;
  if (!page.includes("style-src 'self';")) throw new Error('prerender: CSP style-src not found');
  return page.replace("style-src 'self';", `style-src 'self' ${hash};`).replace('</head>', () => `<style>${safe}</style>\n  </head>`);
};

/**
 * After the client build, renders every route with react-dom/server (through
 * Vite's SSR loader, so TSX and JSON imports work) and writes each page with
 * its own stylesheet inlined. A page is then readable before, and without,
 * JavaScript, and carries only the styles of what it shows.
 */
export const prerender = (): Plugin => {
  let config: ResolvedConfig;
  const stylesheets = new Map<string, string>();
  let hasFailed = false;
  return {
    name: 'explainer-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    // A failed build (the content check, say) still closes: say nothing over its own error.
    buildEnd(error) {
      hasFailed = error !== undefined;
    },
    generateBundle(_options, bundle) {
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type !== 'asset' || !fileName.endsWith('.css')) continue;
        const name = PAGE_STYLESHEETS.find((page) => output.names.includes(`page-${page}.css`));
        if (name === undefined) continue;
        // Inlined into its page; the file stays for the client-rendered fallback (src/app/renderPage.tsx).
        stylesheets.set(name, String(output.source));
      }
    },
    async closeBundle() {
      if (config.build.ssr || hasFailed) return;
      const outDir = resolve(config.root, config.build.outDir);
      const template = readFileSync(join(outDir, 'index.html'), 'utf8');
      await withSsrModule<ServerEntry, void>(config.root, '/src/entry-server.tsx', async (entry) => {
        for (const route of entry.prerenderRoutes) {
          const css = stylesheets.get(route.stylesheet);
          if (css === undefined) throw new Error(`prerender: no stylesheet "${route.stylesheet}" was built`);
          const { html, key, head } = await entry.renderRoute(route.search);
          // Only the article can be asked for the deck (?present); embeds need no render-blocking script.
          const shell = route.stylesheet === 'article' ? template : template.replace(BOOT_SCRIPT, '');
          const page = inlineStylesheet(shell, css)
            .replace('<div id="root"><!--app-html--></div>', () => `<div id="root" data-prerendered="${key}">${html}</div>`)
            .replace('</head>', () => `${head}</head>`);
          if (!page.includes(`data-prerendered="${key}"`)) throw new Error('prerender: #root placeholder not found in index.html');
          writeOutputFile(join(outDir, route.file), usesLocatorMap(html) ? withLocatorMapDefs(page) : page);
        }
      });
    },
  };
};
