import { VisuallyHidden } from '../../components/VisuallyHidden';
import { actorsUi } from '../../content/actors';
import type { HindsightLayer } from '../../content/hindsightLayer';
import { proposals } from '../../content/proposals';
import type { ActorId } from '../../content/types';
import { ActorDetails } from './ActorDetails';
import { ActorFateNote } from './ActorFateNote';
import type { MatrixRow } from './involvement';

interface ActorRowProps {
  readonly row: MatrixRow;
  /** Pressed: this actor is the page-wide selection. */
  readonly isSelected: boolean;
  readonly onToggle: (id: ActorId) => void;
  /** Id of the text that says what the toggle does. */
  readonly toggleDescriptionId: string;
  /** Later reporting to add under the name ("By October 2021"); null (the default) shows the row as of March 2021. */
  readonly hindsight?: HindsightLayer | null;
}

/** The toggle's id, so focus can be brought back to it. */
export const actorToggleId = (id: ActorId): string => `actor-toggle-${id}`;

/**
 * One actor's row of the matrix: a toggle named for them (it selects them
 * across the page), their role, words and sources on demand, what became of
 * them when hindsight is on, and a cell per proposal. The explicit roles keep
 * the table a table for assistive technology when narrow screens restack it
 * with CSS.
 */
export const ActorRow = ({ row, isSelected, onToggle, toggleDescriptionId, hindsight = null }: ActorRowProps) => {
  const { actor } = row;
  return (
    <tr role="row" className="matrix__row" id={`actor-${actor.id}`} data-selected={isSelected ? 'true' : undefined}>
      {/* Named for the actor alone, so moving along the row does not re-read the disclosure or what it opened. */}
      <th role="rowheader" scope="row" className="matrix__actor" aria-label={actor.name}>
        <button
          type="button"
          id={actorToggleId(actor.id)}
          className="actor__toggle"
          aria-pressed={isSelected}
          aria-describedby={toggleDescriptionId}
          onClick={() => onToggle(actor.id)}
        >
          {actor.name}
        </button>
        <ActorDetails actor={actor} />
        {/* In the name's cell, not a row of its own, so every row stays one actor × four proposals. */}
        {hindsight !== null && <ActorFateNote actorId={actor.id} hindsight={hindsight} />}
      </th>
      {row.cells.map((isInvolved, index) => (
        <td role="cell" key={proposals[index]?.id ?? index} className="matrix__cell" data-involved={isInvolved ? 'true' : undefined}>
          <span className="matrix__cell-number" aria-hidden="true">
            {proposals[index]?.number}
          </span>
          <span className={isInvolved ? 'matrix__mark' : 'matrix__none'} aria-hidden="true" />
          <VisuallyHidden>{isInvolved ? actorsUi.involved : actorsUi.notInvolved}</VisuallyHidden>
        </td>
      ))}
    </tr>
  );
};
