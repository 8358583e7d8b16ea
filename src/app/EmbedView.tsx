import { PartBoundary } from '../components/PartBoundary';
import { EmbedLayout } from '../features/embed/EmbedLayout';
import { ActorsPanel } from '../features/actors/ActorsPanel';
import { ProposalList } from '../features/proposals/ProposalList';
import { SourcesList } from '../features/sources/SourcesList';
import { Story } from '../features/story/Story';
import { StoryIntro } from '../features/story/StoryIntro';
import { Unknowns } from '../features/story/Unknowns';
import { Timeline } from '../features/timeline/Timeline';
import { TroopLevels } from '../features/timeline/TroopLevels';
import type { EmbedPart } from './mode';
import { MotionProvider } from '../lib/MotionProvider';
import { renderStoryGraphic } from './StoryGraphic';

interface EmbedViewProps {
  readonly part: EmbedPart;
}

/** One part of the explainer for a newsroom's iframe, in a static layout that never depends on scrolling. */
export const EmbedView = ({ part }: EmbedViewProps) => (
  <MotionProvider>
    <EmbedLayout part={part}>
      <PartBoundary name={`embed-${part}`}>
        <EmbeddedPart part={part} />
      </PartBoundary>
    </EmbedLayout>
  </MotionProvider>
);

const EmbeddedPart = ({ part }: EmbedViewProps) => {
  switch (part) {
    case 'story':
      return (
        <>
          <StoryIntro />
          <Story
            layout="flat"
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
        </>
      );
    case 'timeline':
      return (
        <>
          <Timeline headingLevel={2} />
          <TroopLevels />
        </>
      );
    case 'proposals':
      return <ProposalList headingLevel={2} />;
    case 'actors':
      return <ActorsPanel headingLevel={2} />;
    default: {
      const unreachable: never = part;
      return unreachable;
    }
  }
};
