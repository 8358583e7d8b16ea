import { SourceBadge } from '../../components/SourceBadge';
import { actorsUi } from '../../content/actors';
import { formatDate } from '../../lib/dates';
import type { Involvement } from './involvement';
import { countOf } from './selectionMessage';

interface ActorInvolvementProps {
  readonly found: Involvement;
}

/** The proposals and timeline events that name an actor, derived from the content model. */
export const ActorInvolvement = ({ found }: ActorInvolvementProps) => (
  <dl className="actor__involvement">
    <div>
      <dt>{actorsUi.inProposals}</dt>
      <dd>
        {found.proposals.length === 0 ? (
          actorsUi.inNoProposal
        ) : (
          <ul role="list">
            {found.proposals.map((proposal) => (
              <li key={proposal.id}>
                {actorsUi.proposalNumber} {proposal.number}: {proposal.title}
              </li>
            ))}
          </ul>
        )}
      </dd>
    </div>
    <div>
      <dt>{actorsUi.onTimeline}</dt>
      <dd>
        {found.events.length === 0 ? (
          actorsUi.notOnTimeline
        ) : (
          <details className="actor__events">
            <summary>{countOf(found.events.length, actorsUi.countNouns.events)}</summary>
            <ul role="list">
              {found.events.map((event) => (
                <li key={event.id}>
                  <time dateTime={event.date}>{formatDate(event.date, event.precision)}</time>: {event.title}{' '}
                  <SourceBadge kind={event.inArticle ? 'article' : 'background'} />
                </li>
              ))}
            </ul>
          </details>
        )}
      </dd>
    </div>
  </dl>
);
