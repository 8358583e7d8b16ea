import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { parseHindsightParam } from './hindsightParam';
import { AfterMount } from './AfterMount';
import { replayKeys, takeEarlyKeys } from './earlyKeys';
import type { DeckView } from './mode';

// The deck is its own chunk: article readers never download it.
const loadPresentView = () => import('./PresentView');
// The hindsight layer too, and only with `&hindsight` (the switch on the article writes it there).
const loadHindsight = async () =>
  parseHindsightParam(window.location.search) ? (await import('../content/hindsightLayer')).hindsightLayer : null;

/** Starts loading the deck's code (on hover or focus of the Present link). */
export const preloadDeck = (): void => {
  loadPresentView().catch(() => undefined);
};

const PRESENTING = 'is-presenting';

interface Session {
  readonly root: Root;
  readonly container: HTMLElement;
  readonly returnTo: { readonly scrollY: number; readonly focus: HTMLElement | null };
}

let session: Session | null = null;

/** Once the deck's own key listeners are set, it acts on the keys pressed while it loaded. */
const replayEarlyKeys = () => replayKeys(takeEarlyKeys());

/**
 * The deck in its own root over the article, which stays in the page, hidden
 * (so leaving the deck shows it as it was: no re-render, no lost state). On a
 * `?present` address public/boot.js has hidden the article before first paint.
 */
export const startPresenting = (from: HTMLElement | null, view: DeckView = 'deck'): void => {
  if (session !== null) return;
  // Read before the article is hidden: hiding it takes the page's height, and the scroll position with it.
  const returnTo = { scrollY: window.scrollY, focus: from };
  document.documentElement.classList.add(PRESENTING);
  const container = document.createElement('div');
  container.className = 'deck-root';
  document.body.append(container);
  session = { root: createRoot(container), container, returnTo };
  const { root } = session;
  Promise.all([loadPresentView(), loadHindsight()])
    .then(([{ PresentView }, hindsight]) =>
      root.render(
        <StrictMode>
          <AfterMount onMount={replayEarlyKeys}>
            <PresentView view={view} onExit={stopPresenting} hindsight={hindsight} />
          </AfterMount>
        </StrictMode>,
      ),
    )
    .catch((error: unknown) => {
      console.error('[deck] could not load', error);
      stopPresenting();
    });
};

/** Back to the article where the reader left it, focus on the Present link (never on <body>). */
const stopPresenting = (): void => {
  if (session === null) return;
  const { root, container, returnTo } = session;
  session = null;
  takeEarlyKeys();
  root.unmount();
  container.remove();
  document.documentElement.classList.remove(PRESENTING);
  window.scrollTo({ top: returnTo.scrollY, behavior: 'instant' });
  const focus = returnTo.focus ?? document.querySelector<HTMLElement>('.present-link');
  focus?.focus({ preventScroll: true });
};
