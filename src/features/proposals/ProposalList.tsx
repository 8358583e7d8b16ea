import type { HindsightLayer } from '../../content/hindsightLayer';
import { proposals, proposalsUi as ui } from '../../content/proposals';
import { DEFAULT_ID_PREFIX, proposalDomIds } from './proposalAnchors';
import { ProposalCard } from './ProposalCard';
import { useOpenProposals } from './useOpenProposals';

interface ProposalListProps {
  /** Proposals to keep at full strength while a selection is active; null when nothing is selected. */
  readonly highlightedProposals?: ReadonlySet<string> | null;
  /** Where an actor's name links to (the actors panel); plain names when left out. */
  readonly actorHref?: (actorId: string) => string;
  /** Cards a followed link asks for (`#proposal-1,3`); leave out where the page's links are not ours. */
  readonly linkedProposals?: readonly number[];
  /** Changes on every navigation (see linkedProposals). */
  readonly navigation?: number;
  /** The reader opened or closed cards. */
  readonly onOpenChange?: (open: readonly number[]) => void;
  /** Prefix for element ids and links; change it only for a second copy on one page. */
  readonly idPrefix?: string;
  /**
   * Shows the list's own h2 (a page of its own). Inside a story section the
   * section's h2 already names the cards, so the list adds no heading level:
   * the cards are h3 either way.
   */
  readonly hasHeading?: boolean;
  /** Later reporting to add to each card ("What became of it"); null (the default) shows the cards as of March 2021. */
  readonly hindsight?: HindsightLayer | null;
}

/** The four cards, in the letter's order, all closed at first (two by two when wide), with one control to open or close them all. */
export const ProposalList = ({
  highlightedProposals = null,
  actorHref,
  linkedProposals,
  navigation,
  onOpenChange,
  idPrefix = DEFAULT_ID_PREFIX,
  hasHeading = false,
  hindsight = null,
}: ProposalListProps) => {
  const { openNumbers, toggle, setAll } = useOpenProposals({
    count: proposals.length,
    idPrefix,
    linked: linkedProposals,
    navigation,
    onOpenChange,
  });
  const areAllOpen = openNumbers.length === proposals.length;
  const headingId = `${idPrefix}list-heading`;

  return (
    <section className="proposals" aria-labelledby={headingId}>
      <div className="proposals__header">
        {/* Without a heading of its own the list is still named, by a label only assistive technology reads. */}
        {hasHeading ? (
          <h2 id={headingId}>{ui.heading}</h2>
        ) : (
          <span id={headingId} hidden>
            {ui.heading}
          </span>
        )}
        <button
          type="button"
          className="proposals__expand-all"
          aria-expanded={areAllOpen}
          aria-controls={proposals.map((proposal) => proposalDomIds(idPrefix, proposal.number).panel).join(' ')}
          onClick={() => setAll(!areAllOpen)}
        >
          {areAllOpen ? ui.collapseAll : ui.expandAll}
        </button>
      </div>
      <ol role="list" className="proposals__list">
        {proposals.map((proposal) => (
          <li key={proposal.id}>
            <ProposalCard
              proposal={proposal}
              idPrefix={idPrefix}
              isExpanded={openNumbers.includes(proposal.number)}
              onToggle={(_, isOpen) => toggle(proposal.number, isOpen)}
              isDimmed={highlightedProposals !== null && !highlightedProposals.has(proposal.id)}
              actorHref={actorHref}
              hindsight={hindsight}
            />
          </li>
        ))}
      </ol>
    </section>
  );
};
