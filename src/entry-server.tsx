import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/App';
import { EMBED_PARTS, modeKey, parseMode } from './app/mode';

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

/** Renders one route to HTML (used by the build's prerender step, never shipped to the browser). */
export const renderRoute = (search: string) => {
  const mode = parseMode(search);
  const html = renderToString(
    <StrictMode>
      <App mode={mode} />
    </StrictMode>,
  );
  return { html, key: modeKey(mode), head: mode.kind === 'embed' ? EMBED_HEAD : '' };
};
