import { CiteList } from '../../components/CiteList';
import { RichText } from '../../components/RichText';
import { resolveCites, resolveInlines } from '../../content/cites';
import type { Actor } from '../../content/types';

interface ActorCardProps {
  readonly actor: Actor;
  readonly isDimmed: boolean;
}

/** Initials stand in for portraits: no image rights needed, nothing to download. */
const initialsOf = (name: string): string =>
  name
    .replace(/\(.*\)/, '')
    .split(/\s+/)
    .filter((word) => /^[A-Z]/.test(word))
    .slice(0, 2)
    .map((word) => word[0])
    .join('');

export const ActorCard = ({ actor, isDimmed }: ActorCardProps) => (
  <li className="actor" id={`actor-${actor.id}`} data-dimmed={isDimmed ? 'true' : undefined}>
    <span className={`actor__emblem actor__emblem--${actor.group}`} aria-hidden="true">
      {initialsOf(actor.shortName)}
    </span>
    <div className="actor__body">
      <h5 className="actor__name">{actor.name}</h5>
      <p className="actor__role">
        {actor.role}
        {actor.roleAttribution !== undefined && <span className="actor__attribution"> ({actor.roleAttribution})</span>}
      </p>
      <p className="actor__summary">{actor.summary}</p>
      {actor.quotes.map((quoteId) => (
        <blockquote key={quoteId} className="actor__quote">
          <p>
            <RichText inlines={resolveInlines([{ quote: quoteId }])} />
          </p>
        </blockquote>
      ))}
      <CiteList sources={resolveCites(actor.cites)} />
    </div>
  </li>
);
