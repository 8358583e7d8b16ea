import { StrictMode, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { ArticlePage } from './app/ArticlePage';
import { EmbedPage } from './app/EmbedPage';
import { IslandCollectorProvider, islandElement, islandMark, type IslandCollector } from './app/Island';
import type { IslandName, IslandProps } from './app/islands/types';
import { EMBED_PARTS, modeKey, parseMode } from './app/mode';

/**
 * Pages written at build time: the search string each is rendered for, where
 * it goes in dist/, and its stylesheet (src/app/styles/<name>.css). Each
 * embeddable part gets its own static page, readable where no script runs.
 */
export const prerenderRoutes = [
  { file: 'index.html', search: '', stylesheet: 'article' },
  ...EMBED_PARTS.map((part) => ({ file: `embed/${part}/index.html`, search: `?embed=${part}`, stylesheet: `embed-${part}` })),
] as const;

// Embeds are parts of the main page: search engines should index that page, not each frame.
const EMBED_HEAD = '<meta name="robots" content="noindex" />\n  ';

interface CollectedIsland {
  readonly name: IslandName;
  readonly props: IslandProps[IslandName];
}

/**
 * Renders the page, then each island on its own, the way the browser will
 * hydrate it (its own root, its own useId prefix), and splices the islands in.
 */
const renderWithIslands = (page: ReactNode): string => {
  const islands: CollectedIsland[] = [];
  const collect: IslandCollector = (name, props) => islands.push({ name, props }) - 1;
  const shell = renderToString(
    <StrictMode>
      <IslandCollectorProvider value={collect}>{page}</IslandCollectorProvider>
    </StrictMode>,
  );
  return islands.reduce((html, { name, props }, key) => {
    const island = renderToString(<StrictMode>{islandElement(name, props)}</StrictMode>, { identifierPrefix: `i${key}-` });
    const mark = islandMark(key);
    if (!html.includes(mark)) throw new Error(`prerender: island ${key} (${name}) has no place in the page`);
    return html.replace(mark, () => island);
  }, shell);
};

/** Renders one route to complete HTML (the build's prerender step; never shipped). */
export const renderRoute = async (search: string) => {
  const mode = parseMode(search);
  const html = renderWithIslands(mode.kind === 'embed' ? <EmbedPage part={mode.part} /> : <ArticlePage />);
  if (html.includes('<script')) throw new Error(`prerender of "${search}" produced an inline script`);
  return { html, key: modeKey(mode), head: mode.kind === 'embed' ? EMBED_HEAD : '' };
};
