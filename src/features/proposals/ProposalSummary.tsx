import { SourceBadge } from '../../components/SourceBadge';
import { hasBackground } from '../../content/cites';
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
      <div className="proposal__fact proposal__fact--who">
        <dt>{ui.who}</dt>
        <dd>{proposal.whoLabel}</dd>
      </div>
      <div className="proposal__fact">
        <dt>{ui.where}</dt>
        <dd>{proposal.where}</dd>
      </div>
      <div className="proposal__fact">
        <dt>{ui.when}</dt>
        <dd>{proposal.when}</dd>
      </div>
    </dl>
    {/* The status is the article's; its date comes from other reports, and each part says so. */}
    <p className="proposal__status">
      <SourceBadge kind="article" /> <strong>{ui.statusLabel}</strong> {proposal.status},{' '}
      <span className="proposal__status-date">
        {proposal.statusDate.text}{' '}
        <SourceBadge kind={hasBackground(proposal.statusDate.cites) ? 'background' : 'article'} />
      </span>
    </p>
  </>
);
