import { SourceBadge } from '../../../components/SourceBadge';
import type { BriefingSlide } from '../../../content/briefing';
import { presentUi } from '../../../content/present';
import { timelineEvents } from '../../../content/timeline';
import { formatDate } from '../../../lib/dates';
import { countdownDays } from '../deckFigures';
import { SlideLayout } from '../SlideLayout';
import { slideCites, slideKicker, slideTitle } from '../slideModel';

interface CountdownSlideProps {
  readonly slide: Extract<BriefingSlide, { kind: 'countdown' }>;
}

/**
 * How long is left: the days from the letter's publication to May 1, large,
 * over a strip of one cell per day, with the two dated events at its ends.
 */
export const CountdownSlide = ({ slide }: CountdownSlideProps) => {
  const days = countdownDays();
  const ends = [slide.from, slide.to].flatMap((id) => timelineEvents.filter((e) => e.id === id));
  return (
    <SlideLayout layout="wide" kicker={slideKicker(slide)} title={slideTitle(slide)} cites={slideCites(slide, 'all')}>
      <div className="slide__countdown">
        <p className="slide__figure" aria-hidden="true">
          <span className="slide__figure-number">{days}</span> <span className="slide__figure-unit">{presentUi.countdownUnit}</span>
        </p>
        {/* One cell per day: the number above, drawn. */}
        <div className="slide__days" aria-hidden="true">
          {Array.from({ length: Math.max(0, days) }, (_, index) => (
            <span key={index} className="slide__day" />
          ))}
        </div>
        <ol className="slide__ends">
          {ends.map((event) => (
            <li key={event.id} className="slide__end">
              <span className="slide__end-date">
                <time dateTime={event.date}>{formatDate(event.date, event.precision)}</time>{' '}
                <SourceBadge kind={event.inArticle ? 'article' : 'background'} />
              </span>
              {event.title}
            </li>
          ))}
        </ol>
      </div>
    </SlideLayout>
  );
};
