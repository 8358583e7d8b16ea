import { useId, useState, type KeyboardEvent } from 'react';
import { actorsUi } from '../../content/actors';
import type { HindsightLayer } from '../../content/hindsightLayer';
import { ui } from '../../content/site';
import type { ActorId } from '../../content/types';
import { ProposalMatrix } from './ProposalMatrix';
import { describeSelection } from './selectionMessage';

/** The panel's anchor, for links back to it. */
export const ACTORS_PANEL_ID = 'who-is-who';

interface ActorsPanelProps {
  /** The page-wide selection (controlled by the app); null when nothing is selected. */
  readonly selectedActorId?: ActorId | null;
  /** Called with an actor id, or null to clear. Without it the panel keeps its own selection. */
  readonly onSelect?: (id: ActorId | null) => void;
  /** Alone as a whole embed, the panel carries its own heading; in the story, the section's heading names it. */
  readonly isStandalone?: boolean;
  /** Later reporting to add under each actor it covers ("By October 2021"); null (the default) shows the panel as of March 2021. */
  readonly hindsight?: HindsightLayer | null;
}

/**
 * Everyone the article names, by side, against the letter's four proposals:
 * one matrix, a row per actor, their role and words on demand. Each name is a
 * toggle that selects that actor across the page; Escape inside the panel clears it.
 */
export const ActorsPanel = ({ selectedActorId = null, onSelect, isStandalone = false, hindsight = null }: ActorsPanelProps) => {
  const [ownSelection, setOwnSelection] = useState<ActorId | null>(null);
  const selected = onSelect === undefined ? ownSelection : selectedActorId;
  const select = onSelect ?? setOwnSelection;
  const baseId = useId();
  const headingId = `${baseId}-heading`;
  const descriptionId = `${baseId}-description`;

  const handleToggle = (id: ActorId) => select(id === selected ? null : id);
  // Open source notes stop their own Escape, so this only clears when nothing nearer wants the key.
  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && selected !== null) select(null);
  };

  return (
    // In the story the section's heading is shown, not a second one; the region keeps its name for landmark navigation.
    <section
      className="actors"
      id={ACTORS_PANEL_ID}
      aria-labelledby={isStandalone ? headingId : undefined}
      aria-label={isStandalone ? undefined : ui.actorsHeading}
      onKeyDown={handleKeyDown}
    >
      {isStandalone && <h2 id={headingId}>{ui.actorsHeading}</h2>}
      <div className="actors__select">
        <p className="actors__hint">{actorsUi.hint}</p>
        {/* Empty while nothing is selected: the hint above says what a name does. */}
        <p className="actors__status" role="status">
          {describeSelection(selected)}
        </p>
        <p hidden id={descriptionId}>
          {actorsUi.toggleDescription}
        </p>
      </div>
      <ProposalMatrix selectedActorId={selected} onToggle={handleToggle} toggleDescriptionId={descriptionId} hindsight={hindsight} />
    </section>
  );
};
