import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ArticlePage } from './ArticlePage';
import { EmbedPage } from './EmbedPage';
import type { AppMode } from './mode';
import './styles/article.css';
import './styles/embed-story.css';

/**
 * Renders a page in the browser, for addresses no prerendered page matches
 * (`/?embed=timeline`, or the dev server, which serves the bare template).
 * Each island is then simply part of one tree.
 */
export const renderPage = (container: HTMLElement, mode: AppMode): void => {
  const page = mode.kind === 'embed' ? <EmbedPage part={mode.part} /> : <ArticlePage />;
  createRoot(container).render(<StrictMode>{page}</StrictMode>);
};
