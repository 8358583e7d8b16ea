import { useState } from 'react';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import type { HindsightLayer } from '../../content/hindsightLayer';
import { proposalsUi as ui } from '../../content/proposals';
import type { Proposal } from '../../content/types';
import { DEFAULT_ID_PREFIX, proposalDomIds } from './proposalAnchors';
import { ProposalDetails } from './ProposalDetails';
import { ProposalFateNote } from './ProposalFateNote';
import { ProposalPanel } from './ProposalPanel';
import { ProposalSummary } from './ProposalSummary';

interface ProposalCardProps {
  readonly proposal: Proposal;
  /** Open or closed when the parent owns the state; leave out and the card keeps its own (starting closed). */
  readonly isExpanded?: boolean;
  /** Called with the card's id and its next state when the reader toggles it. */
  readonly onToggle?: (proposalId: string, isExpanded: boolean) => void;
  readonly headingLevel?: 2 | 3 | 4;
  /** Prefix for the card's element ids, so two copies on one page never clash. */
  readonly idPrefix?: string;
  readonly isDimmed?: boolean;
  /** Where an actor's name links to (the actors panel on the article page); plain names when left out. */
  readonly actorHref?: (actorId: string) => string;
  /** Later reporting to add ("What became of it"); null (the default) shows the card as of March 2021. */
  readonly hindsight?: HindsightLayer | null;
}

/**
 * One of the letter's four asks. Closed, it already gives the essentials; open,
 * it adds the letter's words and the detail; with hindsight on, what became of
 * it shows on its face either way. A WAI-ARIA disclosure: the heading
 * holds a button that controls the panel, and the panel is a region named by it.
 */
export const ProposalCard = ({
  proposal,
  isExpanded,
  onToggle,
  headingLevel = 3,
  idPrefix = DEFAULT_ID_PREFIX,
  isDimmed = false,
  actorHref,
  hindsight = null,
}: ProposalCardProps) => {
  const [isOwnExpanded, setIsOwnExpanded] = useState(false);
  const isOpen = isExpanded ?? isOwnExpanded;
  const ids = proposalDomIds(idPrefix, proposal.number);
  const Heading = `h${headingLevel}` as const;

  const handleClick = () => {
    if (isExpanded === undefined) setIsOwnExpanded(!isOpen);
    onToggle?.(proposal.id, !isOpen);
  };

  return (
    <article className="proposal proposal--disclosure" id={ids.card} data-dimmed={isDimmed ? 'true' : undefined}>
      <Heading className="proposal__title">
        <button
          type="button"
          id={ids.toggle}
          className="proposal__toggle"
          aria-expanded={isOpen}
          aria-controls={ids.panel}
          onClick={handleClick}
        >
          <ProposalTitle proposal={proposal} />
          <span className="proposal__hint" aria-hidden="true">
            <span className="proposal__hint-text">{ui.toggleHint}</span>
            <svg className="proposal__chevron" viewBox="0 0 16 16" width="16" height="16" focusable="false">
              <path d="M3.5 6 8 10.5 12.5 6" fill="none" stroke="currentColor" strokeWidth="2" />
            </svg>
          </span>
        </button>
      </Heading>
      <ProposalSummary proposal={proposal} />
      <ProposalPanel id={ids.panel} labelledBy={ids.toggle} isExpanded={isOpen}>
        <ProposalDetails proposal={proposal} actorHref={actorHref} />
      </ProposalPanel>
      {/* After the details: whether open or closed, the card reads March 2021 first, then what became of it. */}
      {hindsight !== null && <ProposalFateNote proposalId={proposal.id} hindsight={hindsight} headingLevel={(headingLevel + 1) as 3 | 4 | 5} />}
    </article>
  );
};

interface ProposalTitleProps {
  readonly proposal: Proposal;
}

/** "Proposal 1: …" to screen readers; a numbered disc and the title on screen. */
const ProposalTitle = ({ proposal }: ProposalTitleProps) => (
  <span className="proposal__name">
    <VisuallyHidden>
      {ui.numberPrefix} {proposal.number}:
    </VisuallyHidden>
    <span className="number-badge proposal__number" aria-hidden="true">
      {proposal.number}
    </span>{' '}
    <span className="proposal__title-text">{proposal.title}</span>
  </span>
);
