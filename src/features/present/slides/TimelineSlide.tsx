import type { ReactNode } from 'react';
import { SourceBadge } from '../../../components/SourceBadge';
import type { BriefingSlide } from '../../../content/briefing';
import { timelineEvents } from '../../../content/timeline';
import type { GraphicState } from '../../../content/types';
import { formatDate } from '../../../lib/dates';
import { SlideLayout } from '../SlideLayout';
import { lastShownStep, slideCites, slideGraphic, slideKicker, slideTitle, type SlideStep } from '../slideModel';
import { StepDots } from '../StepDots';

interface TimelineSlideProps {
  readonly slide: Extract<BriefingSlide, { kind: 'timeline' }>;
  readonly step: SlideStep;
  readonly renderGraphic: (state: GraphicState) => ReactNode;
}

/**
 * Twenty years in one slide: one key event per key press, marked on the
 * timeline graphic; fully revealed (overview, handout), the list of them all.
 */
export const TimelineSlide = ({ slide, step, renderGraphic }: TimelineSlideProps) => {
  const events = slide.events.flatMap((id) => timelineEvents.filter((e) => e.id === id));
  const shown = lastShownStep(slide, step);
  const graphic = slideGraphic(slide, step);
  const current = events[shown];
  const isComplete = step === 'all';
  return (
    <SlideLayout
      layout={isComplete ? 'wide' : 'split'}
      kicker={slideKicker(slide)}
      title={slideTitle(slide)}
      cites={slideCites(slide, step)}
      aside={isComplete || graphic === null ? undefined : <div className="slide__graphic" aria-hidden="true">{renderGraphic(graphic)}</div>}
    >
      {isComplete ? (
        <ol className="slide__events">
          {events.map((event) => (
            <li key={event.id} className="slide__event">
              <span className="slide__event-date">
                <time dateTime={event.date}>{formatDate(event.date, event.precision)}</time>{' '}
                <SourceBadge kind={event.inArticle ? 'article' : 'background'} />
              </span>{' '}
              {event.title}
            </li>
          ))}
        </ol>
      ) : (
        current && (
          <div key={current.id} className="slide__moment">
            <p className="slide__moment-date">
              <time dateTime={current.date}>{formatDate(current.date, current.precision)}</time>{' '}
              <SourceBadge kind={current.inArticle ? 'article' : 'background'} />
            </p>
            <h3 className="slide__moment-title">{current.title}</h3>
            <p className="slide__moment-summary">{current.summary}</p>
            <StepDots current={shown} total={events.length} />
          </div>
        )
      )}
    </SlideLayout>
  );
};
