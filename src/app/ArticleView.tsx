import { PartBoundary } from '../components/PartBoundary';
import { site, ui } from '../content/site';
import { Story } from '../features/story/Story';
import { StoryIntro } from '../features/story/StoryIntro';
import { DeferredPart } from '../lib/deferred';
import { actorsPanelPart, proposalListPart, sourcesListPart, timelinePart, troopLevelsPart, unknownsPart } from './parts';
import { renderStoryGraphic } from './StoryGraphic';

const NO_PROPS = {} as const;

/** The full page: story, timeline, proposals, actors and sources, in reading order. */
export const ArticleView = () => (
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
          slots={{
            timeline: <DeferredPart module={timelinePart} props={NO_PROPS} name="timeline" />,
            troops: <DeferredPart module={troopLevelsPart} props={NO_PROPS} name="troops" />,
            proposals: <DeferredPart module={proposalListPart} props={NO_PROPS} name="proposals" />,
            actors: <DeferredPart module={actorsPanelPart} props={NO_PROPS} name="actors" />,
            unknowns: <DeferredPart module={unknownsPart} props={NO_PROPS} name="unknowns" />,
            sources: <DeferredPart module={sourcesListPart} props={NO_PROPS} name="sources" />,
          }}
        />
      </PartBoundary>
    </main>
    <footer className="site-footer">
      <p>{ui.footerNote}</p>
    </footer>
  </>
);
