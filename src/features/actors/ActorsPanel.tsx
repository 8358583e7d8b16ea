import { actorGroups, actors } from '../../content/actors';
import { ui } from '../../content/site';
import { ActorCard } from './ActorCard';

interface ActorsPanelProps {
  /** Actors to keep at full strength while a selection is active; null when nothing is selected. */
  readonly highlightedActors?: ReadonlySet<string> | null;
}

/** Everyone the article names, grouped by side. */
export const ActorsPanel = ({ highlightedActors = null }: ActorsPanelProps) => (
  <section className="actors" aria-labelledby="actors-heading">
    <h3 id="actors-heading">{ui.actorsHeading}</h3>
    {actorGroups.map((group) => (
      <div key={group.id} className="actors__group">
        <h4 className="actors__group-title">{group.label}</h4>
        <ul role="list" className="actors__list">
          {actors
            .filter((actor) => actor.group === group.id)
            .map((actor) => (
              <ActorCard
                key={actor.id}
                actor={actor}
                isDimmed={highlightedActors !== null && !highlightedActors.has(actor.id)}
              />
            ))}
        </ul>
      </div>
    ))}
  </section>
);
