import { timelineEvents } from '../../content/timeline';
import { ui } from '../../content/site';
import { TimelineEventItem } from './TimelineEventItem';

interface TimelineProps {
  /** Events to keep at full strength while a selection is active; null when nothing is selected. */
  readonly highlightedEvents?: ReadonlySet<string> | null;
  readonly headingLevel?: 2 | 3;
}

/** The events from October 2001 to the May 1, 2021 deadline, in date order. */
export const Timeline = ({ highlightedEvents = null, headingLevel = 3 }: TimelineProps) => {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <Heading id="timeline-heading">{ui.timelineHeading}</Heading>
      <ol role="list" className="timeline__events">
        {timelineEvents.map((event) => (
          <TimelineEventItem
            key={event.id}
            event={event}
            isDimmed={highlightedEvents !== null && !highlightedEvents.has(event.id)}
          />
        ))}
      </ol>
    </section>
  );
};
