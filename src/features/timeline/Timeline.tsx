import { useId } from 'react';
import { timelineEvents, timelineUi as copy } from '../../content/timeline';
import { TimelineChart } from './TimelineChart';
import { TimelineDownloads } from './TimelineDownloads';
import { TimelineEventItem } from './TimelineEventItem';
import { TimelineIntro } from './TimelineIntro';
import { eventIds } from './timelineModel';
import { useTimelineSelection } from './useTimelineSelection';

interface TimelineProps {
  /** Events to keep at full strength while a selection is active; null when nothing is selected. */
  readonly highlightedEvents?: ReadonlySet<string> | null;
  readonly headingLevel?: 2 | 3;
  /** The event a followed `#event-<id>` link asks for; null or left out where links are not ours. */
  readonly linkedEvent?: string | null;
  /** Changes on every navigation, so the same link followed twice opens its event twice. */
  readonly navigation?: number;
}

/**
 * Twenty years on one time axis: the troop curve, the phases of the mission
 * and every event, with the list of events below the chart. Self-contained,
 * so the story, embeds and slides can all place it.
 */
export const Timeline = ({ highlightedEvents = null, headingLevel = 3, linkedEvent = null, navigation }: TimelineProps) => {
  const headingId = useId();
  const selection = useTimelineSelection(eventIds, linkedEvent, navigation);
  return (
    <section className="timeline" aria-labelledby={headingId}>
      <TimelineIntro headingId={headingId} headingLevel={headingLevel} />
      <TimelineChart
        selectedId={selection.activeId}
        highlightedEvents={highlightedEvents}
        onSelectEvent={selection.setActiveId}
      />
      <ol
        role="list"
        className="tl-events"
        aria-label={copy.events.listLabel}
        ref={selection.containerRef}
        onKeyDown={selection.handleKeyDown}
      >
        {timelineEvents.map((event) => (
          <TimelineEventItem
            key={event.id}
            event={event}
            headingLevel={headingLevel === 2 ? 3 : 4}
            isSelected={event.id === selection.activeId}
            isDimmed={highlightedEvents !== null && !highlightedEvents.has(event.id)}
            isOpen={selection.openIds.has(event.id)}
            isTabStop={event.id === selection.tabStopId}
            onSelect={selection.setActiveId}
            onToggle={selection.toggle}
          />
        ))}
      </ol>
      <TimelineDownloads />
    </section>
  );
};
