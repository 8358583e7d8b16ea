import type { ReactNode } from 'react';
import { PartBoundary } from '../components/PartBoundary';
import { site, ui } from '../content/site';
import { ActorsPanel } from '../features/actors/ActorsPanel';
import { ProposalList } from '../features/proposals/ProposalList';
import { SourcesList } from '../features/sources/SourcesList';
import { Story } from '../features/story/Story';
import { StoryIntro } from '../features/story/StoryIntro';
import { Unknowns } from '../features/story/Unknowns';
import { Timeline } from '../features/timeline/Timeline';
import { TroopLevels } from '../features/timeline/TroopLevels';
import { renderStoryGraphic } from './StoryGraphic';

interface ArticleViewProps {
  /** A control in the site header (the "Present" link); none in embeds. */
  readonly headerAction?: ReactNode;
}

/** The full page: story, timeline, proposals, actors and sources, in reading order. */
export const ArticleView = ({ headerAction }: ArticleViewProps = {}) => (
  <>
    <a className="skip-link" href="#main">
      {ui.skipLink}
    </a>
    <header className="site-header">
      <p className="site-header__title">{site.shortTitle}</p>
      {headerAction}
    </header>
    <main id="main" tabIndex={-1}>
      <StoryIntro />
      <PartBoundary name="story">
        <Story
          layout="scrolly"
          renderGraphic={renderStoryGraphic}
          slots={{
            timeline: <Timeline />,
            troops: <TroopLevels />,
            proposals: <ProposalList />,
            actors: <ActorsPanel />,
            unknowns: <Unknowns />,
            sources: <SourcesList />,
          }}
        />
      </PartBoundary>
    </main>
    <footer className="site-footer">
      <p>{ui.footerNote}</p>
    </footer>
  </>
);
