import { CiteList } from '../../components/CiteList';
import { SourceBadge } from '../../components/SourceBadge';
import { resolveCites } from '../../content/cites';
import type { TimelineEvent } from '../../content/types';
import { formatDate } from '../../lib/dates';

interface TimelineEventItemProps {
  readonly event: TimelineEvent;
  readonly isDimmed: boolean;
}

/** One dated event: date, title, a sentence or two, and whether the article states it. */
export const TimelineEventItem = ({ event, isDimmed }: TimelineEventItemProps) => (
  <li className="event" id={`event-${event.id}`} data-dimmed={isDimmed ? 'true' : undefined}>
    <p className="event__date">
      <time dateTime={event.date}>{formatDate(event.date, event.precision)}</time>
    </p>
    <h4 className="event__title">{event.title}</h4>
    <p className="event__summary">{event.summary}</p>
    <p className="event__provenance">
      <SourceBadge kind={event.inArticle ? 'article' : 'background'} />
    </p>
    <CiteList sources={resolveCites(event.cites)} />
  </li>
);
