import { useId } from 'react';
import { timelineEvents, timelineUi as copy } from '../../content/timeline';
import { TimelineChart } from './TimelineChart';
import { TimelineDownloads } from './TimelineDownloads';
import { TimelineEventItem } from './TimelineEventItem';
import { TimelineFilter } from './TimelineFilter';
import { TimelineIntro } from './TimelineIntro';
import { useTimelineSelection } from './useTimelineSelection';

interface TimelineProps {
  /** Events to keep at full strength while a selection is active; null when nothing is selected. */
  readonly highlightedEvents?: ReadonlySet<string> | null;
  readonly headingLevel?: 2 | 3;
  /** The event a followed `#event-<id>` link asks for; null or left out where links are not ours. */
  readonly linkedEvent?: string | null;
  /** Changes on every navigation, so the same link followed twice opens its event twice. */
  readonly navigation?: number;
  /** Whether the background events are listed at first: the article lists the article's own only. */
  readonly initialShowsBackground?: boolean;
}

const backgroundCount = timelineEvents.filter((event) => !event.inArticle).length;

/**
 * Twenty years on one time axis: the phases of the mission and every event,
 * with the events as compact rows below the chart. Self-contained, so the
 * story and embeds can both place it.
 */
export const Timeline = ({ highlightedEvents = null, headingLevel = 3, linkedEvent = null, navigation, initialShowsBackground = false }: TimelineProps) => {
  const headingId = useId();
  const selection = useTimelineSelection(timelineEvents, linkedEvent, navigation, initialShowsBackground);
  return (
    <section className="timeline" aria-labelledby={headingId}>
      <TimelineIntro headingId={headingId} headingLevel={headingLevel} />
      <TimelineChart selectedId={selection.activeId} highlightedEvents={highlightedEvents} onSelectEvent={selection.setActiveId} />
      <TimelineFilter
        total={timelineEvents.length}
        backgroundCount={backgroundCount}
        showsBackground={selection.showsBackground}
        onChange={selection.setShowsBackground}
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
            isSelected={event.id === selection.activeId}
            isDimmed={highlightedEvents !== null && !highlightedEvents.has(event.id)}
            isOpen={selection.openIds.has(event.id)}
            isShown={selection.showsBackground || event.inArticle}
            isTabStop={event.id === selection.tabStopId}
            onSelect={selection.setActiveId}
            onToggle={selection.toggle}
          />
        ))}
      </ol>
      <p className="tl-hint">{copy.keyboardHint}</p>
      <TimelineDownloads />
    </section>
  );
};
