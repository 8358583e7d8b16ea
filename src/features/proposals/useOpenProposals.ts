import { useEffect, useState } from 'react';
import { proposalDomIds } from './proposalAnchors';
import { useProposalHash } from './useProposalHash';

interface UseOpenProposalsOptions {
  readonly count: number;
  readonly idPrefix: string;
  /** Read `#proposal-N` links and write the open cards back to the URL. */
  readonly isUrlSynced: boolean;
}

interface RevealRequest {
  readonly number: number;
}

/**
 * Which cards are open (by number, 1-based), all closed at first. A proposal
 * link opens its cards, then scrolls the first into view and moves focus to its
 * button; the reader's own toggles are written back to the URL.
 */
export const useOpenProposals = ({ count, idPrefix, isUrlSynced }: UseOpenProposalsOptions) => {
  const [openNumbers, setOpenNumbers] = useState<readonly number[]>([]);
  const [revealRequest, setRevealRequest] = useState<RevealRequest | null>(null);

  const writeHash = useProposalHash({
    isEnabled: isUrlSynced,
    idPrefix,
    count,
    onNavigate: (numbers) => {
      setOpenNumbers(numbers);
      const [first] = numbers;
      if (first !== undefined) setRevealRequest({ number: first });
    },
  });

  useEffect(() => {
    if (revealRequest === null) return;
    const ids = proposalDomIds(idPrefix, revealRequest.number);
    const card = document.getElementById(ids.card);
    // Bring the card into view, smoothly or not as CSS says. Even when the fragment is the card's own
    // id: the cards may come alive halfway through the browser's own scroll to it, which focusing or
    // opening a panel can cut short.
    card?.scrollIntoView?.({ block: 'start' });
    document.getElementById(ids.toggle)?.focus({ preventScroll: true });
  }, [revealRequest, idPrefix]);

  const update = (next: readonly number[]) => {
    setOpenNumbers(next);
    writeHash(next);
  };

  return {
    openNumbers,
    toggle: (number: number, isOpen: boolean) =>
      update([...openNumbers.filter((open) => open !== number), ...(isOpen ? [number] : [])]),
    setAll: (isOpen: boolean) => update(isOpen ? Array.from({ length: count }, (_, index) => index + 1) : []),
  };
};
