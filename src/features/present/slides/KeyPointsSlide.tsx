import type { BriefingSlide } from '../../../content/briefing';
import { resolveInlines } from '../../../content/cites';
import { keyPoints, type KeyPoint } from '../../../content/keyPoints';
import { RichText } from '../../../components/RichText';
import { SlideLayout } from '../SlideLayout';
import { slideCites, slideKicker, slideTitle } from '../slideModel';

interface KeyPointsSlideProps {
  readonly slide: Extract<BriefingSlide, { kind: 'key-points' }>;
}

const points: readonly KeyPoint[] = keyPoints;

/** The whole briefing in a few lines, right after the title: the article page's key points, sourced along the bottom. */
export const KeyPointsSlide = ({ slide }: KeyPointsSlideProps) => (
  <SlideLayout layout="wide" kicker={slideKicker(slide)} title={slideTitle(slide)} cites={slideCites(slide, 'all')}>
    <ul role="list" className="slide__points slide__points--key">
      {points.map((point) => (
        <li key={point.id} className="slide__point">
          {typeof point.text === 'string' ? point.text : <RichText inlines={resolveInlines(point.text)} hasTermNotes={false} />}
        </li>
      ))}
    </ul>
  </SlideLayout>
);
