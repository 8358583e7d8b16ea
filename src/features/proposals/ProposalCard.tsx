import { CiteList } from '../../components/CiteList';
import { resolveCites, resolveInlines } from '../../content/cites';
import { RichText } from '../../components/RichText';
import { ui } from '../../content/site';
import type { Proposal } from '../../content/types';

interface ProposalCardProps {
  readonly proposal: Proposal;
  readonly isDimmed?: boolean;
  readonly headingLevel?: 2 | 3 | 4;
}

/** One of the letter's four asks: the essentials first, then the letter's own words and what is left open. */
export const ProposalCard = ({ proposal, isDimmed = false, headingLevel = 3 }: ProposalCardProps) => {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="proposal" id={`proposal-${proposal.number}`} data-dimmed={isDimmed ? 'true' : undefined}>
      <Heading className="proposal__title">
        <span className="proposal__number">{proposal.number}</span> {proposal.title}
      </Heading>
      <p className="proposal__ask">{proposal.ask}</p>
      <dl className="proposal__facts">
        <div>
          <dt>{ui.proposalWho}</dt>
          <dd>{proposal.whoLabel}</dd>
        </div>
        <div>
          <dt>{ui.proposalWhere}</dt>
          <dd>{proposal.where}</dd>
        </div>
        <div>
          <dt>{ui.proposalWhen}</dt>
          <dd>{proposal.when}</dd>
        </div>
      </dl>
      <blockquote className="proposal__quote">
        <p>
          <RichText inlines={resolveInlines([{ quote: proposal.quote }])} />
        </p>
      </blockquote>
      <p className="proposal__aim">
        <strong>{ui.proposalAim}</strong> {proposal.aim}
      </p>
      <div className="proposal__open">
        <strong>{ui.proposalOpen}</strong>
        <ul>
          {proposal.openQuestions.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ul>
      </div>
      <p className="proposal__status">{proposal.status}</p>
      <CiteList sources={resolveCites(proposal.cites)} />
    </article>
  );
};
