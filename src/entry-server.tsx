import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/App';
import { modeKey, parseMode } from './app/mode';

/** Pages written at build time: the search string each is rendered for, and where it goes in dist/. */
export const prerenderRoutes = [{ file: 'index.html', search: '' }] as const;

/** Renders one route to HTML (used by the build's prerender step, never shipped to the browser). */
export const renderRoute = (search: string) => {
  const mode = parseMode(search);
  const html = renderToString(
    <StrictMode>
      <App mode={mode} />
    </StrictMode>,
  );
  return { html, key: modeKey(mode), head: '' };
};
