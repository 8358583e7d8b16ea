import type { BriefingSlide } from '../../../content/briefing';
import { unknowns } from '../../../content/story';
import { SlideLayout } from '../SlideLayout';
import { slideCites, slideKicker, slideTitle } from '../slideModel';

interface WatchSlideProps {
  readonly slide: Extract<BriefingSlide, { kind: 'watch' }>;
}

/** What to watch before May 1: the questions the article leaves open. */
export const WatchSlide = ({ slide }: WatchSlideProps) => (
  <SlideLayout layout="wide" kicker={slideKicker(slide)} title={slideTitle(slide)} cites={slideCites(slide, 'all')}>
    <ul role="list" className="slide__questions">
      {slide.unknowns
        .flatMap((id) => unknowns.filter((u) => u.id === id))
        .map((unknown) => (
          <li key={unknown.id} className="slide__question">
            {unknown.question}
          </li>
        ))}
    </ul>
  </SlideLayout>
);
