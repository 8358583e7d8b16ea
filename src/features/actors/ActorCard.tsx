import { CiteList } from '../../components/CiteList';
import { resolveCites } from '../../content/cites';
import type { Actor, ActorId } from '../../content/types';
import { ActorInvolvement } from './ActorInvolvement';
import { ActorQuote } from './ActorQuote';
import { emblemText } from './emblem';
import { involvementOf } from './involvement';

interface ActorCardProps {
  readonly actor: Actor;
  /** Pressed: this actor is the page-wide selection. */
  readonly isSelected: boolean;
  readonly isDimmed: boolean;
  readonly onToggle: (id: ActorId) => void;
  /** Id of the text that says what the toggle does. */
  readonly toggleDescriptionId: string;
  /** Two below the panel's own heading. */
  readonly headingLevel?: 4 | 5;
}

/** The toggle's id, so focus can be brought back to it. */
export const actorToggleId = (id: ActorId): string => `actor-toggle-${id}`;

/** One actor: a toggle named for them, their role as of March 2021, what they did, their words and where they appear. */
export const ActorCard = ({
  actor,
  isSelected,
  isDimmed,
  onToggle,
  toggleDescriptionId,
  headingLevel = 5,
}: ActorCardProps) => {
  const Heading = `h${headingLevel}` as const;
  return (
    <li
      className="actor"
      id={`actor-${actor.id}`}
      data-selected={isSelected ? 'true' : undefined}
      data-dimmed={isDimmed ? 'true' : undefined}
    >
      <Heading className="actor__name">
        <button
          type="button"
          id={actorToggleId(actor.id)}
          className="actor__toggle"
          aria-pressed={isSelected}
          aria-describedby={toggleDescriptionId}
          onClick={() => onToggle(actor.id)}
        >
          <span className={`actor__emblem actor__emblem--${actor.group}`} aria-hidden="true">
            {emblemText(actor)}
          </span>
          <span className="actor__label">{actor.name}</span>
        </button>
      </Heading>
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
    </li>
  );
};
