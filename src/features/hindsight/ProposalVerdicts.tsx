import { CiteList } from '../../components/CiteList';
import type { HindsightLayer } from '../../content/hindsightLayer';
import { proposals } from '../../content/proposals';

interface ProposalVerdictsProps {
  readonly layer: HindsightLayer;
}

/** The four proposals in the letter's order, each with what became of it in a few words (the cards, with hindsight on, give the detail). */
export const ProposalVerdicts = ({ layer }: ProposalVerdictsProps) => (
  <ol className="hindsight-step__fates" aria-label={layer.ui.stepFatesLabel}>
    {proposals.map((proposal) => {
      const fate = layer.proposalFates.find((entry) => entry.proposal === proposal.id);
      return (
        fate !== undefined && (
          <li key={proposal.id}>
            <strong>{proposal.title}:</strong> {fate.verdict}. <CiteList sources={layer.resolveLaterCites(fate.cites)} />
          </li>
        )
      );
    })}
  </ol>
);
