import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { site, ui } from '../content/site';
import { storySections } from '../content/story';
import type { SectionId } from '../content/types';
import { actorSelectionStore } from '../features/actors/selectionStore';
import { EmbedButton } from '../features/embed/EmbedButton';
import { StoryIntro } from '../features/story/StoryIntro';
import { StoryScrollTracker } from '../features/story/StoryScrollTracker';
import { DeferredPart } from '../lib/DeferredPart';
import { useStore } from '../lib/store';
import { hasSearchParam } from '../lib/url';
import { storySectionPart } from './parts';

/** Stable props per section: deferred parts must never see their props change. */
const sectionProps = Object.fromEntries(storySections.map((section) => [section.id, { sectionId: section.id }])) as Record<
  SectionId,
  { readonly sectionId: SectionId }
>;

/** A section hydrates once its top passes the lower third of the screen, or on first touch, hover or focus. */
const SECTION_TRIGGER = '0px 0px -35% 0px';

const SelectionBarIsland = lazy(() => import('./islands/SelectionBarIsland').then((m) => ({ default: m.SelectionBarIsland })));

/** A shared link's `?actor=` is read after hydration; the actors code loads only if there is one. */
const useActorFromUrl = () => {
  useEffect(() => {
    if (!hasSearchParam(window.location.search, 'actor')) return;
    void import('../features/actors/useActorSelection').then((m) => m.readActorSelectionFromUrl());
  }, []);
};

interface ArticleViewProps {
  /** A control in the site header (the "Present" link). */
  readonly headerAction?: ReactNode;
}

/**
 * The full page: story, timeline, proposals, actors and sources, in reading order.
 * Each story section is an island that hydrates as the reader nears it. Selecting
 * an actor lights up what involves them in every part: a linked view shared
 * through a store, since the parts hydrate at different times.
 */
export const ArticleView = ({ headerAction }: ArticleViewProps) => {
  useActorFromUrl();
  const hasSelection = useStore(actorSelectionStore) !== null;
  return (
    <>
      <a className="skip-link" href="#main">
        {ui.skipLink}
      </a>
      <header className="site-header">
        <p className="site-header__title">{site.shortTitle}</p>
        {headerAction}
        <EmbedButton />
      </header>
      <main id="main" tabIndex={-1}>
        <StoryIntro />
        <div className="story">
          <StoryScrollTracker />
          {storySections.map((section) => (
            <DeferredPart
              key={section.id}
              module={storySectionPart}
              props={sectionProps[section.id]}
              name={`section-${section.id}`}
              rootMargin={SECTION_TRIGGER}
            />
          ))}
        </div>
      </main>
      <footer className="site-footer">
        <p>{ui.footerNote}</p>
      </footer>
      {hasSelection && (
        <Suspense fallback={null}>
          <SelectionBarIsland />
        </Suspense>
      )}
    </>
  );
};
