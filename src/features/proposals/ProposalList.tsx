import { proposals } from '../../content/proposals';
import { ui } from '../../content/site';
import { ProposalCard } from './ProposalCard';

interface ProposalListProps {
  /** Proposals to keep at full strength while a selection is active; null when nothing is selected. */
  readonly highlightedProposals?: ReadonlySet<string> | null;
}

/** The four cards, in the letter's order. */
export const ProposalList = ({ highlightedProposals = null }: ProposalListProps) => (
  <section className="proposals" aria-labelledby="proposals-heading">
    <h3 id="proposals-heading">{ui.proposalsLabel}</h3>
    <ol role="list" className="proposals__list">
      {proposals.map((proposal) => (
        <li key={proposal.id}>
          <ProposalCard
            headingLevel={4}
            proposal={proposal}
            isDimmed={highlightedProposals !== null && !highlightedProposals.has(proposal.id)}
          />
        </li>
      ))}
    </ol>
  </section>
);
