import { formatDate } from '../../lib/dates';
import { placeAt } from './timelineGeometry';
import { eventMarksList } from './timelineModel';

interface TimelineEventDotsProps {
  readonly selectedId: string | null;
  readonly highlightedEvents: ReadonlySet<string> | null;
  readonly onSelect: (id: string) => void;
}

/**
 * Event markers on the axis, for the pointer. Keyboard and screen reader
 * users select the same events in the list below, so these stay hidden.
 */
export const TimelineEventDots = ({ selectedId, highlightedEvents, onSelect }: TimelineEventDotsProps) => (
  <div className="tl-dots" aria-hidden="true">
    {eventMarksList.map(({ event, t, c }) => (
      <span
        key={event.id}
        className="tl-dot"
        data-event-id={event.id}
        data-source={event.inArticle ? 'article' : 'background'}
        data-selected={event.id === selectedId ? 'true' : undefined}
        data-dimmed={highlightedEvents !== null && !highlightedEvents.has(event.id) ? 'true' : undefined}
        title={`${formatDate(event.date, event.precision)}: ${event.title}`}
        style={placeAt(t, c)}
        onClick={() => onSelect(event.id)}
      />
    ))}
  </div>
);
