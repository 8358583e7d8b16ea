import { startPresenting } from './app/deckHost';
import { parseHindsightParam } from './app/hindsightParam';
import { hydrateIslands } from './app/hydrateIslands';
import { modeKey, parseMode } from './app/mode';
import { trackActiveStep } from './app/stepState';
import { hasSearchParam } from './lib/url';

/**
 * The page is prerendered; this entry only wakes it. It reads the mode once,
 * then hands each island to the loader (src/app/hydrateIslands.tsx), which
 * hydrates it as its own root when the reader nears or touches it. The deck
 * and the embed bridge load only in their modes.
 */
const mode = parseMode(window.location.search, window.location.pathname);
const container = document.getElementById('root');
if (mode.theme !== null) document.documentElement.dataset.theme = mode.theme;

const wakePrerendered = (root: HTMLElement) => {
  const { search } = window.location;
  hydrateIslands(root, { asksForState: parseHindsightParam(search) || hasSearchParam(search, 'actor') });
  const story = root.querySelector('[data-story]');
  if (story !== null) trackActiveStep(story);
  // A shared link's selection: the page state (and its bar) load at once, not when the panel is reached.
  if (mode.kind === 'article' && hasSearchParam(window.location.search, 'actor')) {
    void import('./app/selectionWatch').then(({ watchSelection }) => watchSelection());
  }
};

if (container !== null) {
  // The article under the deck is prerendered too: it wakes as usual, and shows when the deck is left.
  const pageKey = mode.kind === 'present' ? 'article' : modeKey(mode);
  if (container.dataset.prerendered === pageKey) wakePrerendered(container);
  else void import('./app/renderPage').then(({ renderPage }) => renderPage(container, mode));
  if (mode.kind === 'present') startPresenting(null, mode.view);
  // An embed tells its host page its height (pym.js, AMP, WordPress protocols).
  if (mode.kind === 'embed' && window.parent !== window) {
    void import('./features/embed/embedBridge').then(({ connectEmbedBridge }) => connectEmbedBridge({ self: window, host: window.parent }));
  }
}
