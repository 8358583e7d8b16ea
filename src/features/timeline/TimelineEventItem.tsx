import { CiteList } from '../../components/CiteList';
import { actorById } from '../../content/cites';
import { ui } from '../../content/site';
import { timelineUi as copy } from '../../content/timeline';
import { formatDate } from '../../lib/dates';
import { eventAnchor } from './eventHash';
import type { EventRow } from './timelineRows';

interface TimelineEventItemProps {
  /** The event, from the story or from later reporting, with its sources resolved. */
  readonly event: EventRow;
  readonly isSelected: boolean;
  readonly isDimmed: boolean;
  readonly isOpen: boolean;
  /** False while the background switch hides this row; it stays in the HTML for pages without scripts. */
  readonly isShown: boolean;
  /** The one event in the list that Tab reaches (roving tabindex). */
  readonly isTabStop: boolean;
  readonly onSelect: (id: string) => void;
  readonly onToggle: (id: string) => void;
}

/**
 * One event as a compact row: a button (date and title) that opens its
 * details, then its lead source marker. The details (summary, who, the other
 * sources, a link) are always in the HTML, `hidden` until opened, so the page
 * without scripts can show them (see timeline.css).
 */
export const TimelineEventItem = ({ event, isSelected, isDimmed, isOpen, isShown, isTabStop, onSelect, onToggle }: TimelineEventItemProps) => {
  const anchor = eventAnchor(event.id);
  const { lead, rest } = event;
  return (
    <li
      id={anchor}
      className="tl-event"
      hidden={!isShown}
      data-source={event.source}
      data-selected={isSelected ? 'true' : undefined}
      data-dimmed={isDimmed ? 'true' : undefined}
    >
      <button
        type="button"
        className="tl-event__toggle"
        data-roving-id={event.id}
        tabIndex={isTabStop ? 0 : -1}
        aria-expanded={isOpen}
        aria-controls={`${anchor}-details`}
        onFocus={() => onSelect(event.id)}
        onClick={() => onToggle(event.id)}
      >
        <time className="tl-event__date" dateTime={event.date}>
          {formatDate(event.date, event.precision)}
        </time>{' '}
        <span className="tl-event__title">{event.title}</span>
        {event.isPastChart && (
          <>
            {' '}
            <span className="tl-event__aside">{ui.timelineAfterChartEnd}</span>
          </>
        )}
      </button>
      {lead.length > 0 && <CiteList sources={lead} />}
      <div className="tl-event__details" id={`${anchor}-details`} hidden={!isOpen}>
        <p>{event.summary}</p>
        <p>
          {copy.events.involved} {event.actors.map((id) => actorById(id)?.shortName ?? id).join(', ')}
        </p>
        {rest.length > 0 && <CiteList sources={rest} />}
        <p>
          <a href={`#${anchor}`}>{copy.events.permalink}</a>
        </p>
      </div>
    </li>
  );
};
