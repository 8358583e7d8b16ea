import { CiteList } from '../../components/CiteList';
import { SourceBadge } from '../../components/SourceBadge';
import type { HindsightLayer } from '../../content/hindsightLayer';

interface ProposalFateNoteProps {
  readonly proposalId: string;
  readonly hindsight: HindsightLayer;
  /** One below the card's own heading. */
  readonly headingLevel: 3 | 4 | 5;
}

/**
 * "What became of it", on the card's face rather than in its details, so
 * switching hindsight on answers the reader's first question at a glance. A
 * framed inset with its own heading and the "Later" label, so it never reads
 * as part of the card as of March 2021.
 */
export const ProposalFateNote = ({ proposalId, hindsight, headingLevel }: ProposalFateNoteProps) => {
  const fate = hindsight.proposalFates.find((entry) => entry.proposal === proposalId);
  if (fate === undefined) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="proposal__fate">
      <Heading className="proposal__fate-label">
        {hindsight.ui.proposalFateLabel} <SourceBadge kind="later" />
      </Heading>
      <p className="proposal__fate-text">
        <strong>{fate.verdict}.</strong> {fate.text} <CiteList sources={hindsight.resolveLaterCites(fate.cites)} />
      </p>
    </div>
  );
};
