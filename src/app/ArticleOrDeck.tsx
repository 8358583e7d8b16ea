import { lazy, Suspense, useLayoutEffect, useRef, useState } from 'react';
import { PresentLink } from '../features/present/PresentLink';
import { ArticleView } from './ArticleView';
import type { DeckView } from './mode';

// The deck is its own chunk: article readers never download it.
const loadPresentView = () => import('./PresentView');
const PresentView = lazy(() => loadPresentView().then((module) => ({ default: module.PresentView })));
const preload = () => {
  loadPresentView().catch(() => undefined);
};

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

  useLayoutEffect(() => {
    if (isPresenting || returnTo.current === null) return;
    window.scrollTo({ top: returnTo.current, behavior: 'instant' });
    link.current?.focus({ preventScroll: true });
    returnTo.current = null;
  }, [isPresenting]);

  // The deck keeps its own URL parameters: it adds ?present&slide= and removes them on exit.
  const present = () => {
    returnTo.current = window.scrollY;
    setIsPresenting(true);
  };
  const exit = () => {
    returnTo.current ??= 0;
    setIsPresenting(false);
  };

  if (!isPresenting) return <ArticleView headerAction={<PresentLink ref={link} onPresent={present} onIntent={preload} />} />;
  return (
    <Suspense fallback={<div className="deck-loading" aria-busy="true" />}>
      <PresentView view={view} onExit={exit} />
    </Suspense>
  );
};
