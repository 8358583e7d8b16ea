import { ProposalList } from '../../features/proposals/ProposalList';
import { useSelectionHighlights } from './useSelectionHighlights';

/** The actors panel gives each actor card the id `actor-<id>`; the proposal cards link to it. */
const actorAnchor = (actorId: string) => `#actor-${actorId}`;

/** The four cards on the article page, dimmed by the actor selection. */
export const ProposalsIsland = () => {
  const highlights = useSelectionHighlights();
  return <ProposalList actorHref={actorAnchor} highlightedProposals={highlights?.proposals ?? null} />;
};
