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
  /** Level of the list's heading; the cards' headings sit one below. */
  readonly headingLevel?: 2 | 3;
}

/** The four cards, in the letter's order, all closed at first, with one control to open or close them all. */
export const ProposalList = ({
  highlightedProposals = null,
  actorHref,
  linkedProposals,
  navigation,
  onOpenChange,
  idPrefix = DEFAULT_ID_PREFIX,
  headingLevel = 3,
}: ProposalListProps) => {
  const { openNumbers, toggle, setAll } = useOpenProposals({
    count: proposals.length,
    idPrefix,
    linked: linkedProposals,
    navigation,
    onOpenChange,
  });
  const areAllOpen = openNumbers.length === proposals.length;
  const Heading = `h${headingLevel}` as const;
  const headingId = `${idPrefix}list-heading`;

  return (
    <section className="proposals" aria-labelledby={headingId}>
      <div className="proposals__header">
        <Heading id={headingId}>{ui.heading}</Heading>
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
              headingLevel={headingLevel === 2 ? 3 : 4}
              idPrefix={idPrefix}
              isExpanded={openNumbers.includes(proposal.number)}
              onToggle={(_, isOpen) => toggle(proposal.number, isOpen)}
              isDimmed={highlightedProposals !== null && !highlightedProposals.has(proposal.id)}
              actorHref={actorHref}
            />
          </li>
        ))}
      </ol>
    </section>
  );
};
