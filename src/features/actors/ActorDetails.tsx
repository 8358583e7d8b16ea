import { CiteList } from '../../components/CiteList';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { actorsUi } from '../../content/actors';
import { resolveCites } from '../../content/cites';
import type { Actor } from '../../content/types';
import { ActorInvolvement } from './ActorInvolvement';
import { ActorQuote } from './ActorQuote';
import { involvementOf } from './involvement';

interface ActorDetailsProps {
  readonly actor: Actor;
}

/**
 * What the matrix row leaves out until asked: the actor's role as of March
 * 2021, what they did or want, their words and the events they appear in.
 * Native <details>, so the page without scripts opens it too.
 */
export const ActorDetails = ({ actor }: ActorDetailsProps) => (
  <details className="actor__more">
    <summary className="actor__more-toggle">
      {actorsUi.about}
      <VisuallyHidden> {actor.name}</VisuallyHidden>
    </summary>
    <div className="actor__more-body">
      <p className="actor__role">
        {actor.role}
        {actor.roleAttribution !== undefined && <span className="actor__attribution"> ({actor.roleAttribution})</span>}
      </p>
      <p className="actor__summary">{actor.summary}</p>
      {actor.quotes.map((quoteId) => (
        <ActorQuote key={quoteId} quoteId={quoteId} />
      ))}
      <ActorInvolvement found={involvementOf(actor.id)} />
      <CiteList sources={resolveCites(actor.cites)} />
    </div>
  </details>
);
