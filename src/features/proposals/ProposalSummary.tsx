import { CiteList } from '../../components/CiteList';
import { SourceBadge } from '../../components/SourceBadge';
import { resolveCites } from '../../content/cites';
import { proposalsUi as ui } from '../../content/proposals';
import type { Proposal } from '../../content/types';

interface ProposalSummaryProps {
  readonly proposal: Proposal;
}

/** What a closed card already says: the ask, who, where, when, and where it stood as of the article. */
export const ProposalSummary = ({ proposal }: ProposalSummaryProps) => (
  <>
    <p className="proposal__ask">{proposal.ask}</p>
    <dl className="proposal__facts">
      <div>
        <dt>{ui.who}</dt>
        <dd>{proposal.whoLabel}</dd>
      </div>
      <div>
        <dt>{ui.where}</dt>
        <dd>{proposal.where}</dd>
      </div>
      <div>
        <dt>{ui.when}</dt>
        <dd>{proposal.when}</dd>
      </div>
    </dl>
    <div className="proposal__status-row">
      <p className="proposal__status">
        <SourceBadge kind="article" /> <strong>{ui.statusLabel}</strong> {proposal.status}
      </p>
      <CiteList sources={resolveCites(proposal.statusCites)} />
    </div>
  </>
);
