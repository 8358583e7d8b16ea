import { ProposalList } from '../../features/proposals/ProposalList';
import { MotionProvider } from '../../lib/MotionProvider';
import { setOpenProposals } from '../pageState';
import { useHindsightLayer } from '../hindsightLayer';
import { useAddress } from '../useAddress';
import { useSelectionHighlights } from '../useSelectionHighlights';
import type { SlotProps } from './types';

/** The actors panel gives each actor card the id `actor-<id>`; the proposal cards link to it. */
const actorAnchor = (actorId: string) => `#actor-${actorId}`;

/** The four cards: on the article page they follow `#proposal-N` links and write the open cards back. */
export const ProposalsIsland = (props: SlotProps) => (
  <MotionProvider>
    <Proposals {...props} />
  </MotionProvider>
);

const Proposals = ({ placement }: SlotProps) => {
  const address = useAddress();
  const highlights = useSelectionHighlights();
  const hindsight = useHindsightLayer();
  if (placement === 'standalone') return <ProposalList hasHeading hindsight={hindsight} />;
  if (placement === 'embedded-story') return <ProposalList actorHref={actorAnchor} hindsight={hindsight} />;
  return (
    <ProposalList
      hindsight={hindsight}
      actorHref={actorAnchor}
      highlightedProposals={highlights?.proposals ?? null}
      linkedProposals={address.location.openProposals}
      navigation={address.navigation}
      onOpenChange={setOpenProposals}
    />
  );
};
