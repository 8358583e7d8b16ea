import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { PresentLink } from '../features/present/PresentLink';
import { DeferralProvider, loadAllDeferred } from '../lib/deferredModule';
import { ArticleView } from './ArticleView';
import type { DeckView } from './mode';

// The deck is its own chunk: article readers never download it.
const loadPresentView = () => import('./PresentView');
const PresentView = lazy(() => loadPresentView().then((module) => ({ default: module.PresentView })));
const preload = () => {
  loadPresentView().catch(() => undefined);
};

/** Resolves once every part of the page has rendered (they are lazy), or after a second at most. */
const whenPartsReady = (): Promise<void> =>
  new Promise((resolve) => {
    const started = performance.now();
    const check = () => {
      const isReady = document.querySelectorAll('.deferred-part:not([data-hydrated])').length === 0;
      if (isReady || performance.now() - started > 1000) resolve();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });

interface ArticleOrDeckProps {
  /** True when the page was opened with `?present`. */
  readonly startsPresenting: boolean;
  readonly view: DeckView;
}

/**
 * The article with its "Present" link, or the briefing deck in its place.
 * Entering remembers the scroll position; leaving restores it and puts focus
 * back on the link (conventions §4), never on <body>.
 */
export const ArticleOrDeck = ({ startsPresenting, view }: ArticleOrDeckProps) => {
  const [isPresenting, setIsPresenting] = useState(startsPresenting);
  const link = useRef<HTMLAnchorElement>(null);
  const returnTo = useRef<number | null>(null);
  const hasPresented = useRef(startsPresenting);

  // Back from the deck the page renders afresh; its parts arrive lazily, so wait for them before scrolling back.
  useEffect(() => {
    if (isPresenting || returnTo.current === null) return;
    const top = returnTo.current;
    returnTo.current = null;
    void whenPartsReady().then(() => {
      window.scrollTo({ top, behavior: 'instant' });
      link.current?.focus({ preventScroll: true });
    });
  }, [isPresenting]);

  // The deck keeps its own URL parameters: it adds ?present&slide= and removes them on exit.
  const present = () => {
    returnTo.current = window.scrollY;
    // The article comes back without its prerendered HTML: have every part's code ready by then.
    void loadAllDeferred();
    setIsPresenting(true);
  };
  const exit = () => {
    returnTo.current ??= 0;
    setIsPresenting(false);
  };

  if (!isPresenting) {
    const article = <ArticleView headerAction={<PresentLink ref={link} onPresent={present} onIntent={preload} />} />;
    // Once the deck has replaced the prerendered page, there is no server HTML left to keep: render every part at once.
    return hasPresented.current ? <DeferralProvider value="eager">{article}</DeferralProvider> : article;
  }
  hasPresented.current = true;
  return (
    <Suspense fallback={<div className="deck-loading" aria-busy="true" />}>
      <PresentView view={view} onExit={exit} />
    </Suspense>
  );
};
