import type { HindsightSlide } from '../../../content/briefing';
import type { HindsightLayer } from '../../../content/hindsightLayer';
import { LaterAnswersSlide } from './LaterAnswersSlide';
import { LaterEventsSlide } from './LaterEventsSlide';
import { LaterProposalsSlide } from './LaterProposalsSlide';

interface HindsightSlideViewProps {
  readonly slide: HindsightSlide;
  readonly hindsight: HindsightLayer;
}

/** Draws a slide the hindsight switch adds. The deck draws these itself: they need no other feature. */
export const HindsightSlideView = ({ slide, hindsight }: HindsightSlideViewProps) => {
  switch (slide.kind) {
    case 'later-proposals':
      return <LaterProposalsSlide slide={slide} hindsight={hindsight} />;
    case 'later-events':
    case 'later-deadline':
      return <LaterEventsSlide slide={slide} hindsight={hindsight} />;
    case 'later-answers':
      return <LaterAnswersSlide slide={slide} hindsight={hindsight} />;
    default: {
      const unreachable: never = slide;
      return unreachable;
    }
  }
};
