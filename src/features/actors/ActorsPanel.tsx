import { useId, useState, type KeyboardEvent } from 'react';
import { actorGroups, actors, actorsUi } from '../../content/actors';
import { ui } from '../../content/site';
import type { ActorId } from '../../content/types';
import { ActorCard } from './ActorCard';
import { ProposalMatrix } from './ProposalMatrix';
import { RelationsFigure } from './RelationsFigure';
import { describeSelection } from './selectionMessage';

/** The panel's anchor, for links back to it. */
export const ACTORS_PANEL_ID = 'who-is-who';

interface ActorsPanelProps {
  /** The page-wide selection (controlled by the app); null when nothing is selected. */
  readonly selectedActorId?: ActorId | null;
  /** Called with an actor id, or null to clear. Without it the panel keeps its own selection. */
  readonly onSelect?: (id: ActorId | null) => void;
  /** Actors to keep at full strength while a selection is active; null when nothing is selected. */
  readonly highlightedActors?: ReadonlySet<string> | null;
  /** 3 inside the story's sections; 2 when the panel stands alone (an embed). */
  readonly headingLevel?: 2 | 3;
}

/**
 * Everyone the article names, grouped by side, with who asks what of whom and
 * who is in which proposal. Each name is a toggle that selects that actor
 * across the page; Escape inside the panel clears it.
 */
export const ActorsPanel = ({
  selectedActorId = null,
  onSelect,
  highlightedActors = null,
  headingLevel = 3,
}: ActorsPanelProps) => {
  const [ownSelection, setOwnSelection] = useState<ActorId | null>(null);
  const selected = onSelect === undefined ? ownSelection : selectedActorId;
  const select = onSelect ?? setOwnSelection;
  const descriptionId = useId();
  const Heading = `h${headingLevel}` as const;
  const subHeadingLevel = headingLevel === 2 ? 3 : 4;
  const SubHeading = `h${subHeadingLevel}` as const;
  const cardHeadingLevel = headingLevel === 2 ? 4 : 5;

  const handleToggle = (id: ActorId) => select(id === selected ? null : id);
  // Open source notes stop their own Escape, so this only clears when nothing nearer wants the key.
  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && selected !== null) select(null);
  };

  return (
    <section className="actors" id={ACTORS_PANEL_ID} aria-labelledby="actors-heading" onKeyDown={handleKeyDown}>
      <Heading id="actors-heading">{ui.actorsHeading}</Heading>
      <RelationsFigure selectedActorId={selected} headingLevel={subHeadingLevel} />
      <ProposalMatrix selectedActorId={selected} headingLevel={subHeadingLevel} />
      <div className="actors__select">
        <p className="actors__hint">{actorsUi.hint}</p>
        <p className="actors__status" role="status">
          {describeSelection(selected)}
        </p>
        <p hidden id={descriptionId}>
          {actorsUi.toggleDescription}
        </p>
      </div>
      <div className="actors__groups">
        {actorGroups.map((group) => (
          <div key={group.id} className="actors__group">
            <SubHeading className="actors__group-title">{group.label}</SubHeading>
            <ul role="list" className="actors__list">
              {actors
                .filter((actor) => actor.group === group.id)
                .map((actor) => (
                  <ActorCard
                    key={actor.id}
                    actor={actor}
                    isSelected={actor.id === selected}
                    isDimmed={highlightedActors !== null && !highlightedActors.has(actor.id)}
                    onToggle={handleToggle}
                    toggleDescriptionId={descriptionId}
                    headingLevel={cardHeadingLevel}
                  />
                ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
};
