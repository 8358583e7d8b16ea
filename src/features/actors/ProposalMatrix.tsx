import { CiteList } from '../../components/CiteList';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { actorsUi } from '../../content/actors';
import { resolveCites } from '../../content/cites';
import { proposals } from '../../content/proposals';
import type { ActorId } from '../../content/types';
import { proposalMatrix } from './involvement';

interface ProposalMatrixProps {
  readonly selectedActorId: ActorId | null;
  readonly headingLevel?: 3 | 4;
}

// The matrix rests on the same paragraphs as the proposals themselves, listed in reading order.
const paragraphOf = (cite: string): number => Number(/^p(\d+)/.exec(cite)?.[1] ?? Infinity);
const matrixCites = [...new Set(proposals.flatMap((proposal) => proposal.cites))].sort((a, b) => paragraphOf(a) - paragraphOf(b));

/** Actor × proposal: who each of the letter's four proposals names, derived from the proposals' `who`. */
export const ProposalMatrix = ({ selectedActorId, headingLevel = 4 }: ProposalMatrixProps) => {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="matrix">
      <Heading id="matrix-heading">{actorsUi.matrixHeading}</Heading>
      <table className="matrix__table" aria-labelledby="matrix-heading">
        <caption>{actorsUi.matrixCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{actorsUi.matrixActor}</th>
            {proposals.map((proposal) => (
              <th scope="col" key={proposal.id}>
                <span className="matrix__number">{proposal.number}</span>{' '}
                <span className="matrix__title">{proposal.title}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {proposalMatrix.map((row) => (
            <tr key={row.actor.id} data-selected={row.actor.id === selectedActorId ? 'true' : undefined}>
              <th scope="row">{row.actor.name}</th>
              {row.cells.map((isInvolved, index) => (
                <td key={proposals[index]?.id ?? index} data-involved={isInvolved ? 'true' : undefined}>
                  {isInvolved && <span className="matrix__mark" aria-hidden="true" />}
                  <VisuallyHidden>{isInvolved ? actorsUi.involved : actorsUi.notInvolved}</VisuallyHidden>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <CiteList sources={resolveCites(matrixCites)} />
    </div>
  );
};
