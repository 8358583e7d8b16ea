import { StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { replayKeys, takeEarlyKeys } from './earlyKeys';
import type { DeckView } from './mode';

// The deck is its own chunk: article readers never download it.
const loadPresentView = () => import('./PresentView');

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

/** Runs once the deck has mounted, after its own effects (its key listeners among them). */
const WhenMounted = ({ onMount, children }: { readonly onMount: () => void; readonly children: ReactNode }) => {
  useEffect(onMount, [onMount]);
  return children;
};
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
  loadPresentView()
    .then(({ PresentView }) =>
      root.render(
        <StrictMode>
          <WhenMounted onMount={replayEarlyKeys}>
            <PresentView view={view} onExit={stopPresenting} />
          </WhenMounted>
        </StrictMode>,
      ),
    )
    .catch((error: unknown) => {
      console.error('[deck] could not load', error);
      stopPresenting();
    });
};

/** Back to the article where the reader left it, focus on the Present link (never on <body>). */
export const stopPresenting = (): void => {
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
