import { PartBoundary } from '../components/PartBoundary';
import { site, ui } from '../content/site';
import { ActorSelectionBar } from '../features/actors/ActorSelectionBar';
import { ActorsPanel } from '../features/actors/ActorsPanel';
import { highlightsFor } from '../features/actors/involvement';
import { useActorSelection } from '../features/actors/useActorSelection';
import { ProposalList } from '../features/proposals/ProposalList';
import { SourcesList } from '../features/sources/SourcesList';
import { Story } from '../features/story/Story';
import { StoryIntro } from '../features/story/StoryIntro';
import { Unknowns } from '../features/story/Unknowns';
import { Timeline } from '../features/timeline/Timeline';
import { TroopLevels } from '../features/timeline/TroopLevels';
import { useMode } from './ModeProvider';
import { renderStoryGraphic } from './StoryGraphic';

/**
 * The full page: story, timeline, proposals, actors and sources, in reading order.
 * Selecting an actor lights up what involves them in every feature (a linked view).
 */
export const ArticleView = () => {
  const { selectedActorId, selectActor } = useActorSelection();
  const highlights = highlightsFor(selectedActorId);
  // A bar pinned to the window makes no sense inside an iframe sized to its content.
  const hasSelectionBar = useMode().kind === 'article';
  return (
    <>
      <a className="skip-link" href="#main">
        {ui.skipLink}
      </a>
      <header className="site-header">
        <p className="site-header__title">{site.shortTitle}</p>
      </header>
      <main id="main" tabIndex={-1}>
        <StoryIntro />
        <PartBoundary name="story">
          <Story
            layout="scrolly"
            renderGraphic={renderStoryGraphic}
            highlightedSteps={highlights?.steps ?? null}
            slots={{
              timeline: <Timeline highlightedEvents={highlights?.events ?? null} />,
              troops: <TroopLevels />,
              proposals: <ProposalList highlightedProposals={highlights?.proposals ?? null} />,
              actors: <ActorsPanel selectedActorId={selectedActorId} onSelect={selectActor} />,
              unknowns: <Unknowns />,
              sources: <SourcesList />,
            }}
          />
        </PartBoundary>
      </main>
      <footer className="site-footer">
        <p>{ui.footerNote}</p>
      </footer>
      {hasSelectionBar && <ActorSelectionBar selectedActorId={selectedActorId} onClear={() => selectActor(null)} />}
    </>
  );
};
