import { useId, useMemo } from 'react';
import type { HindsightLayer } from '../../content/hindsightLayer';
import { timelineEvents, timelineUi as copy } from '../../content/timeline';
import { LaterEventList } from './LaterEventList';
import { TimelineChart } from './TimelineChart';
import { TimelineDownloads } from './TimelineDownloads';
import { TimelineEventItem } from './TimelineEventItem';
import { TimelineFilter } from './TimelineFilter';
import { TimelineIntro } from './TimelineIntro';
import { hindsightChart, storyChart } from './timelineModel';
import { laterRows, storyRows } from './timelineRows';
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
  /** What happened after March 7, 2021; null (the switch off, or still loading) shows the story as of that day. */
  readonly hindsight?: HindsightLayer | null;
}

const backgroundCount = timelineEvents.filter((event) => !event.inArticle).length;
const noLaterIds: readonly string[] = [];

/**
 * Twenty years on one time axis: the phases of the mission and every event,
 * with the events as compact rows below the chart. Self-contained, so the
 * story and embeds can both place it. With hindsight the axis runs on to
 * August 2021 and the later events follow the story's, marked as later reporting.
 */
export const Timeline = ({
  highlightedEvents = null,
  headingLevel = 3,
  linkedEvent = null,
  navigation,
  initialShowsBackground = false,
  hindsight = null,
}: TimelineProps) => {
  const headingId = useId();
  const later = useMemo(() => (hindsight === null ? null : laterRows(hindsight)), [hindsight]);
  const chart = useMemo(() => (later === null ? storyChart : hindsightChart(later)), [later]);
  const laterIds = useMemo(() => later?.map((row) => row.id) ?? noLaterIds, [later]);
  const rows = useMemo(() => (later === null ? storyRows : [...storyRows, ...later]), [later]);
  const selection = useTimelineSelection(timelineEvents, linkedEvent, navigation, initialShowsBackground, laterIds);
  return (
    <section className="timeline" aria-labelledby={headingId} ref={selection.containerRef}>
      <TimelineIntro headingId={headingId} headingLevel={headingLevel} />
      <TimelineChart
        model={chart}
        events={rows}
        pastChartCount={later?.filter((row) => row.isPastChart).length ?? 0}
        selectedId={selection.activeId}
        highlightedEvents={highlightedEvents}
        onSelectEvent={selection.setActiveId}
      />
      <TimelineFilter
        total={timelineEvents.length}
        backgroundCount={backgroundCount}
        showsBackground={selection.showsBackground}
        onChange={selection.setShowsBackground}
      />
      <ol role="list" className="tl-events" aria-label={copy.events.listLabel} onKeyDown={selection.handleKeyDown}>
        {storyRows.map((event) => (
          <TimelineEventItem
            key={event.id}
            event={event}
            isSelected={event.id === selection.activeId}
            isDimmed={highlightedEvents !== null && !highlightedEvents.has(event.id)}
            isOpen={selection.openIds.has(event.id)}
            isShown={selection.showsBackground || event.source === 'article'}
            isTabStop={event.id === selection.tabStopId}
            onSelect={selection.setActiveId}
            onToggle={selection.toggle}
          />
        ))}
      </ol>
      {later !== null && <LaterEventList rows={later} selection={selection} highlightedEvents={highlightedEvents} />}
      <p className="tl-hint">{copy.keyboardHint}</p>
      <TimelineDownloads hindsight={hindsight} />
    </section>
  );
};
