import { CiteList } from '../../components/CiteList';
import { actorsUi } from '../../content/actors';
import { resolveCites } from '../../content/cites';
import type { HindsightLayer } from '../../content/hindsightLayer';
import { proposals } from '../../content/proposals';
import type { ActorId } from '../../content/types';
import { ActorRow } from './ActorRow';
import { proposalMatrix } from './involvement';

interface ProposalMatrixProps {
  readonly selectedActorId: ActorId | null;
  readonly onToggle: (id: ActorId) => void;
  /** Id of the text that says what each name's toggle does. */
  readonly toggleDescriptionId: string;
  /** Later reporting to add under each name it covers; null (the default) shows the matrix as of March 2021. */
  readonly hindsight?: HindsightLayer | null;
}

// The cells rest on the same paragraphs as the proposals themselves, listed in reading order.
const paragraphOf = (cite: string): number => Number(/^p(\d+)/.exec(cite)?.[1] ?? Infinity);
const matrixCites = [...new Set(proposals.flatMap((proposal) => proposal.cites))].sort((a, b) => paragraphOf(a) - paragraphOf(b));
const COLUMNS = proposals.length + 1;

/**
 * Everyone the article names × the letter's four proposals: a row group per
 * side, headed by the side's name in words; a row per actor. Who is in which
 * proposal comes from the proposals' `who`.
 */
export const ProposalMatrix = ({ selectedActorId, onToggle, toggleDescriptionId, hindsight = null }: ProposalMatrixProps) => (
  <div className="matrix">
    <table role="table" className="matrix__table">
      <caption>{actorsUi.matrixCaption}</caption>
      <thead role="rowgroup" className="matrix__head">
        <tr role="row">
          <th role="columnheader" scope="col" className="matrix__actor-head">
            {actorsUi.matrixActor}
          </th>
          {proposals.map((proposal) => (
            <th role="columnheader" scope="col" key={proposal.id}>
              <span className="matrix__proposal">
                <span className="number-badge">{proposal.number}</span>{' '}
                <span className="matrix__title">{proposal.title}</span>
              </span>
            </th>
          ))}
        </tr>
      </thead>
      {proposalMatrix.map((group) => (
        <tbody role="rowgroup" key={group.id} className="matrix__group">
          <tr role="row" className="matrix__group-row">
            <th role="rowheader" scope="rowgroup" colSpan={COLUMNS} className="matrix__group-title">
              {group.label}
            </th>
          </tr>
          {group.rows.map((row) => (
            <ActorRow
              key={row.actor.id}
              row={row}
              isSelected={row.actor.id === selectedActorId}
              onToggle={onToggle}
              toggleDescriptionId={toggleDescriptionId}
              hindsight={hindsight}
            />
          ))}
        </tbody>
      ))}
    </table>
    <CiteList sources={resolveCites(matrixCites)} />
  </div>
);
