import { formatDate } from '../../lib/dates';
import { placeAt, type ChartEvent, type EventMark } from './timelineGeometry';

interface TimelineEventDotsProps {
  readonly marks: readonly EventMark<ChartEvent>[];
  readonly selectedId: string | null;
  readonly highlightedEvents: ReadonlySet<string> | null;
  readonly onSelect: (id: string) => void;
}

/**
 * Event markers on the axis, for the pointer. Keyboard and screen reader
 * users select the same events in the list below, so these stay hidden.
 * The shape says where an event comes from (see timeline.css).
 */
export const TimelineEventDots = ({ marks, selectedId, highlightedEvents, onSelect }: TimelineEventDotsProps) => (
  <div className="tl-dots" aria-hidden="true">
    {marks.map(({ event, t, c }) => (
      <span
        key={event.id}
        className="tl-dot"
        data-event-id={event.id}
        data-source={event.source}
        data-selected={event.id === selectedId ? 'true' : undefined}
        data-dimmed={highlightedEvents !== null && !highlightedEvents.has(event.id) ? 'true' : undefined}
        title={`${formatDate(event.date, event.precision)}: ${event.title}`}
        style={placeAt(t, c)}
        onClick={() => onSelect(event.id)}
      />
    ))}
  </div>
);
