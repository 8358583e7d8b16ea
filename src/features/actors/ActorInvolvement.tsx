import { SourceBadge } from '../../components/SourceBadge';
import { actorsUi } from '../../content/actors';
import { formatDate } from '../../lib/dates';
import type { Involvement } from './involvement';
import { countOf } from './selectionMessage';

interface ActorInvolvementProps {
  readonly found: Involvement;
}

/**
 * The timeline events that name an actor, derived from the content model.
 * (The proposals that name them are the matrix row's own cells.)
 */
export const ActorInvolvement = ({ found }: ActorInvolvementProps) =>
  found.events.length === 0 ? (
    <p className="actor__involvement">{actorsUi.notOnTimeline}</p>
  ) : (
    <details className="actor__involvement actor__events">
      <summary>
        {actorsUi.onTimeline}: {countOf(found.events.length, actorsUi.countNouns.events)}
      </summary>
      <ul role="list">
        {found.events.map((event) => (
          <li key={event.id}>
            <time dateTime={event.date}>{formatDate(event.date, event.precision)}</time>: {event.title}{' '}
            <SourceBadge kind={event.inArticle ? 'article' : 'background'} />
          </li>
        ))}
      </ul>
    </details>
  );
