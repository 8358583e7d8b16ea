import type { Proposal } from '../../content/types';

interface ProposalSummaryProps {
  readonly proposal: Proposal;
}

/** What a closed card says under its title: the ask, in one short paragraph. Who, where, when and status open with the details. */
export const ProposalSummary = ({ proposal }: ProposalSummaryProps) => <p className="proposal__ask">{proposal.ask}</p>;
