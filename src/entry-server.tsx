import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { App } from './app/App';
import { EMBED_PARTS, modeKey, parseMode } from './app/mode';
import { loadAllDeferred } from './lib/deferredModule';

/**
 * Pages written at build time: the search string each is rendered for, and
 * where it goes in dist/. Each embeddable part gets its own static page, so
 * it is readable where no script runs (a sandboxed or script-blocked iframe).
 */
export const prerenderRoutes = [
  { file: 'index.html', search: '' },
  ...EMBED_PARTS.map((part) => ({ file: `embed/${part}/index.html`, search: `?embed=${part}` })),
] as const;

// Embeds are parts of the main page: search engines should index that page, not each frame.
const EMBED_HEAD = '<meta name="robots" content="noindex" />\n  ';

/**
 * Renders one route to complete HTML (used by the build's prerender step, never
 * shipped). A first pass with `prerender` waits for every lazy part to load;
 * the second, synchronous pass then renders them inline, with no streaming
 * scripts (the CSP allows no inline script).
 */
export const renderRoute = async (search: string) => {
  const mode = parseMode(search);
  const app = (
    <StrictMode>
      <App mode={mode} deferral="when-visible" />
    </StrictMode>
  );
  await loadAllDeferred();
  const { prelude } = await prerenderToNodeStream(app);
  for await (const chunk of prelude) void chunk;
  const html = renderToString(app);
  if (html.includes('<script')) throw new Error(`prerender of "${search}" produced an inline script`);
  return { html, key: modeKey(mode), head: mode.kind === 'embed' ? EMBED_HEAD : '' };
};
