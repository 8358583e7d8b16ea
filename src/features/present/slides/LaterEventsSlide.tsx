import { SourceBadge } from '../../../components/SourceBadge';
import type { HindsightSlide } from '../../../content/briefing';
import type { HindsightLayer } from '../../../content/hindsightLayer';
import { formatDate } from '../../../lib/dates';
import { laterEvents, slideLaterSources } from '../hindsightSlides';
import { SlideLayout } from '../SlideLayout';
import { slideKicker, slideTitle } from '../slideModel';

interface LaterEventsSlideProps {
  readonly slide: Extract<HindsightSlide, { kind: 'later-events' | 'later-deadline' }>;
  readonly hindsight: HindsightLayer;
}

/**
 * Hindsight: later events by date and title, as the timeline gives them (their
 * summaries are in the notes). The deadline's slide leads with what became of
 * May 1, between the two events at its ends.
 */
export const LaterEventsSlide = ({ slide, hindsight }: LaterEventsSlideProps) => {
  const events = laterEvents(hindsight, slide.kind === 'later-events' ? slide.events : [slide.from, slide.to]);
  return (
    <SlideLayout layout="wide" kicker={slideKicker(slide)} title={slideTitle(slide)} cites={[]} later={slideLaterSources(slide, hindsight)}>
      {slide.kind === 'later-deadline' && (
        <p className="slide__lead slide__later-lead">
          <SourceBadge kind="later" /> {hindsight.deadlineFate.text}
        </p>
      )}
      <ol className="slide__events">
        {events.map((event) => (
          <li key={event.id} className="slide__event">
            <span className="slide__event-date">
              <time dateTime={event.date}>{formatDate(event.date, event.precision)}</time> <SourceBadge kind="later" />
            </span>{' '}
            {event.title}
          </li>
        ))}
      </ol>
    </SlideLayout>
  );
};
