import { CiteList } from '../../components/CiteList';
import { SourceBadge } from '../../components/SourceBadge';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { actorById, resolveCites } from '../../content/cites';
import { ui } from '../../content/site';
import { timelineUi as copy } from '../../content/timeline';
import type { TimelineEvent } from '../../content/types';
import { formatDate } from '../../lib/dates';
import { eventAnchor } from './eventHash';
import { troopSeries } from './timelineModel';
import { nearestPoint } from './troopSeries';
import { nearestCountText } from './troopText';

interface TimelineEventItemProps {
  readonly event: TimelineEvent;
  readonly headingLevel: 3 | 4;
  readonly isSelected: boolean;
  readonly isDimmed: boolean;
  readonly isOpen: boolean;
  /** The one event in the list that Tab reaches (roving tabindex). */
  readonly isTabStop: boolean;
  readonly onSelect: (id: string) => void;
  readonly onToggle: (id: string) => void;
}

const unique = <T,>(values: readonly T[]): T[] => [...new Set(values)];

/** "In the article ¶4" or "Background · publishers": visible, and read with the event's name. */
const Provenance = ({ event, id }: { readonly event: TimelineEvent; readonly id: string }) => {
  const sources = resolveCites(event.cites);
  const paragraphs = unique(sources.flatMap((source) => (source.paragraph === undefined ? [] : [source.paragraph])));
  const publishers = unique(sources.filter((source) => source.kind === 'background').map((source) => source.publisher));
  return (
    <p className="tl-event__provenance" id={id}>
      <SourceBadge kind={event.inArticle ? 'article' : 'background'} />{' '}
      {event.inArticle
        ? paragraphs.map((paragraph) => (
            <span key={paragraph} className="tl-event__paragraph">
              <span aria-hidden="true">{ui.paragraphMark}</span>
              <VisuallyHidden>{ui.paragraphWord}</VisuallyHidden> {paragraph}{' '}
            </span>
          ))
        : publishers.join(' · ')}
    </p>
  );
};

/** What Enter opens: the troop count nearest the event, who was involved, every source and a link. */
const EventDetails = ({ event, anchor }: { readonly event: TimelineEvent; readonly anchor: string }) => {
  const nearest = nearestPoint(troopSeries, event.date);
  return (
    <>
      {nearest && <p>{nearestCountText(nearest)}</p>}
      <p>
        {copy.events.involved} {event.actors.map((id) => actorById(id)?.shortName ?? id).join(', ')}
      </p>
      <CiteList sources={resolveCites(event.cites)} />
      <p>
        <a href={`#${anchor}`}>{copy.events.permalink}</a>
      </p>
    </>
  );
};

/** One event: a heading button (date and title) that opens its details, the summary and where it comes from. */
export const TimelineEventItem = ({ event, headingLevel, isSelected, isDimmed, isOpen, isTabStop, onSelect, onToggle }: TimelineEventItemProps) => {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const anchor = eventAnchor(event.id);
  return (
    <li
      id={anchor}
      className="tl-event"
      data-source={event.inArticle ? 'article' : 'background'}
      data-selected={isSelected ? 'true' : undefined}
      data-dimmed={isDimmed ? 'true' : undefined}
    >
      <Heading className="tl-event__heading">
        <button
          type="button"
          className="tl-event__toggle"
          data-roving-id={event.id}
          tabIndex={isTabStop ? 0 : -1}
          aria-expanded={isOpen}
          aria-controls={`${anchor}-details`}
          aria-describedby={`${anchor}-source`}
          onFocus={() => onSelect(event.id)}
          onClick={() => onToggle(event.id)}
        >
          <time className="tl-event__date" dateTime={event.date}>
            {formatDate(event.date, event.precision)}
          </time>
          <span className="tl-event__title">{event.title}</span>
        </button>
      </Heading>
      <p className="tl-event__summary">{event.summary}</p>
      <Provenance event={event} id={`${anchor}-source`} />
      {/* Filled only when open: 24 closed panels would add hundreds of nodes nobody sees. */}
      <div className="tl-event__details" id={`${anchor}-details`} hidden={!isOpen}>
        {isOpen && <EventDetails event={event} anchor={anchor} />}
      </div>
    </li>
  );
};
