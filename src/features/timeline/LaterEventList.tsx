import { useId } from 'react';
import { ui } from '../../content/site';
import { formatDate } from '../../lib/dates';
import { fillTemplate } from '../../lib/template';
import { TimelineEventItem } from './TimelineEventItem';
import type { EventRow } from './timelineRows';
import type { useTimelineSelection } from './useTimelineSelection';

/** The part of the timeline's selection state the rows use. */
type RowSelection = Pick<ReturnType<typeof useTimelineSelection>, 'activeId' | 'tabStopId' | 'openIds' | 'setActiveId' | 'toggle' | 'handleKeyDown'>;

interface LaterEventListProps {
  /** The later events, in date order. */
  readonly rows: readonly EventRow[];
  readonly selection: RowSelection;
  /** Null when nothing is selected elsewhere; else the events to keep at full strength. */
  readonly highlightedEvents: ReadonlySet<string> | null;
}

/**
 * What happened after the story, as rows like the story's, in a list of its
 * own after them, under a label that says it is later reporting. The roving
 * focus runs on into it from the story's list (one tab stop for both).
 */
export const LaterEventList = ({ rows, selection, highlightedEvents }: LaterEventListProps) => {
  const labelId = useId();
  const first = rows[0];
  const last = rows[rows.length - 1];
  return (
    <div className="tl-later">
      <p className="tl-later__label" id={labelId}>
        {ui.timelineLaterListLabel}
      </p>
      {first && last && (
        <p className="tl-later__intro">
          {fillTemplate(ui.timelineLaterListIntro, {
            count: rows.length,
            first: formatDate(first.date, first.precision),
            last: formatDate(last.date, last.precision),
          })}
        </p>
      )}
      <ol role="list" className="tl-events tl-events--later" aria-labelledby={labelId} onKeyDown={selection.handleKeyDown}>
        {rows.map((row) => (
          <TimelineEventItem
            key={row.id}
            event={row}
            isSelected={row.id === selection.activeId}
            isDimmed={highlightedEvents !== null && !highlightedEvents.has(row.id)}
            isOpen={selection.openIds.has(row.id)}
            isShown
            isTabStop={row.id === selection.tabStopId}
            onSelect={selection.setActiveId}
            onToggle={selection.toggle}
          />
        ))}
      </ol>
    </div>
  );
};
