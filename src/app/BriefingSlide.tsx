import type { BriefingSlide as BriefingSlideContent } from '../content/briefing';
import { proposals } from '../content/proposals';
import { ActorsSlide } from '../features/present/slides/ActorsSlide';
import { ProposalSlide } from '../features/present/slides/ProposalSlide';
import { SourcesSlide } from '../features/present/slides/SourcesSlide';
import { StorySlide } from '../features/present/slides/StorySlide';
import { TimelineSlide } from '../features/present/slides/TimelineSlide';
import { TitleSlide } from '../features/present/slides/TitleSlide';
import { WatchSlide } from '../features/present/slides/WatchSlide';
import type { SlideStep } from '../features/present/slideModel';
import { ProposalCard } from '../features/proposals/ProposalCard';
import { renderStoryGraphic } from './StoryGraphic';

interface BriefingSlideProps {
  readonly slide: BriefingSlideContent;
  readonly step: SlideStep;
}

/**
 * Builds one briefing slide from the features: the story's graphics (timeline,
 * troops, countdown, letter, stakes) and the proposals' cards, placed in the
 * present feature's slide layouts. The only place they are combined.
 */
export const BriefingSlide = ({ slide, step }: BriefingSlideProps) => {
  switch (slide.kind) {
    case 'title':
      return <TitleSlide slide={slide} showsHint={step !== 'all'} />;
    case 'story':
      return <StorySlide slide={slide} step={step} renderGraphic={renderStoryGraphic} />;
    case 'timeline':
      return <TimelineSlide slide={slide} step={step} renderGraphic={renderStoryGraphic} />;
    case 'proposal': {
      const proposal = proposals.find((p) => p.id === slide.proposal);
      return <ProposalSlide slide={slide}>{proposal && <ProposalCard proposal={proposal} variant="slide" headingLevel={2} />}</ProposalSlide>;
    }
    case 'actors':
      return <ActorsSlide slide={slide} />;
    case 'watch':
      return <WatchSlide slide={slide} />;
    case 'sources':
      return <SourcesSlide slide={slide} />;
    default: {
      const unreachable: never = slide;
      return unreachable;
    }
  }
};

export const renderBriefingSlide = (slide: BriefingSlideContent, step: SlideStep) => <BriefingSlide slide={slide} step={step} />;
