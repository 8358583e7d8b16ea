import type { BriefingSlide as BriefingSlideContent } from '../content/briefing';
import type { HindsightLayer } from '../content/hindsightLayer';
import { presentUi } from '../content/present';
import { RelationsFigure } from '../features/actors/RelationsFigure';
import { ActorsSlide } from '../features/present/slides/ActorsSlide';
import { CountdownSlide } from '../features/present/slides/CountdownSlide';
import { KeyPointsSlide } from '../features/present/slides/KeyPointsSlide';
import { ProposalSlide } from '../features/present/slides/ProposalSlide';
import { SourcesSlide } from '../features/present/slides/SourcesSlide';
import { StorySlide } from '../features/present/slides/StorySlide';
import { TimelineSlide } from '../features/present/slides/TimelineSlide';
import { TitleSlide } from '../features/present/slides/TitleSlide';
import { TroopsSlide } from '../features/present/slides/TroopsSlide';
import { WatchSlide } from '../features/present/slides/WatchSlide';
import type { SlideStep } from '../features/present/slideModel';
import { renderStoryGraphic } from './StoryGraphic';

interface BriefingSlideProps {
  readonly slide: BriefingSlideContent;
  readonly step: SlideStep;
  /** With `&hindsight`, the closing sources slide lists later reporting too. */
  readonly hindsight?: HindsightLayer | null;
}

/**
 * Builds one briefing slide from the features: the story's graphics (timeline,
 * troops, countdown, letter, stakes) and the actors' relations diagram, placed
 * in the present feature's slide layouts. The only place they are combined.
 */
export const BriefingSlide = ({ slide, step, hindsight = null }: BriefingSlideProps) => {
  switch (slide.kind) {
    case 'title':
      return <TitleSlide slide={slide} />;
    case 'key-points':
      return <KeyPointsSlide slide={slide} />;
    case 'story':
      return <StorySlide slide={slide} step={step} renderGraphic={renderStoryGraphic} />;
    case 'timeline':
      return <TimelineSlide slide={slide} step={step} renderGraphic={renderStoryGraphic} />;
    case 'countdown':
      return <CountdownSlide slide={slide} />;
    case 'troops':
      return <TroopsSlide slide={slide} />;
    case 'proposal':
      return <ProposalSlide slide={slide} />;
    case 'actors':
      return (
        <ActorsSlide slide={slide}>
          <RelationsFigure selectedActorId={null} legend={presentUi.relationsLegend} />
        </ActorsSlide>
      );
    case 'watch':
      return <WatchSlide slide={slide} />;
    case 'sources':
      return <SourcesSlide slide={slide} hindsight={hindsight} />;
    default: {
      const unreachable: never = slide;
      return unreachable;
    }
  }
};

export const renderBriefingSlide = (slide: BriefingSlideContent, step: SlideStep, hindsight: HindsightLayer | null) => (
  <BriefingSlide slide={slide} step={step} hindsight={hindsight} />
);
