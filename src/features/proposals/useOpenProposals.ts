import { useEffect, useRef, useState } from 'react';
import { proposalDomIds } from './proposalAnchors';

interface UseOpenProposalsOptions {
  readonly count: number;
  readonly idPrefix: string;
  /** Cards a followed link asks for (`#proposal-1,3`), read by the app; undefined where links are not ours. */
  readonly linked: readonly number[] | undefined;
  /** Changes on every navigation, so the same link followed twice reveals its card twice. */
  readonly navigation: number | undefined;
  /** The reader opened or closed cards (the app records it in the address). */
  readonly onOpenChange: ((open: readonly number[]) => void) | undefined;
}

interface RevealRequest {
  readonly number: number;
}

/**
 * Whether the reader is still where the browser's own jump to the link put
 * them: the card near the viewport and nothing else focused. A card that
 * hydrates late must not pull a reader back who has scrolled or tabbed on.
 */
const isReaderStillThere = (card: HTMLElement | null): boolean => {
  if (card === null) return false;
  const box = card.getBoundingClientRect();
  const isNear = box.bottom > -window.innerHeight && box.top < 2 * window.innerHeight;
  const active = document.activeElement;
  return isNear && (active === null || active === document.body || card.contains(active));
};

/**
 * Which cards are open (by number, 1-based), all closed at first. A followed
 * link opens its cards, then scrolls the first into view and moves focus to
 * its button; the reader's own toggles are reported back.
 */
export const useOpenProposals = ({ count, idPrefix, linked, navigation, onOpenChange }: UseOpenProposalsOptions) => {
  const [openNumbers, setOpenNumbers] = useState<readonly number[]>([]);
  const [revealRequest, setRevealRequest] = useState<RevealRequest | null>(null);
  const hasRevealed = useRef(false);

  // Keyed on the navigation alone: the reader's own toggles change `linked` without one, and must not reveal.
  useEffect(() => {
    if (linked === undefined || linked.length === 0) return;
    setOpenNumbers(linked);
    setRevealRequest({ number: linked[0] ?? 1 });
  }, [navigation]);

  useEffect(() => {
    if (revealRequest === null) return;
    const ids = proposalDomIds(idPrefix, revealRequest.number);
    const card = document.getElementById(ids.card);
    // The link the page opened with: the browser already jumped there, and the reader may have moved on.
    const isFirst = !hasRevealed.current;
    hasRevealed.current = true;
    if (isFirst && !isReaderStillThere(card)) return;
    card?.scrollIntoView?.({ block: 'start' });
    document.getElementById(ids.toggle)?.focus({ preventScroll: true });
  }, [revealRequest, idPrefix]);

  const update = (next: readonly number[]) => {
    setOpenNumbers(next);
    onOpenChange?.(next);
  };

  return {
    openNumbers,
    toggle: (number: number, isOpen: boolean) =>
      update([...openNumbers.filter((open) => open !== number), ...(isOpen ? [number] : [])]),
    setAll: (isOpen: boolean) => update(isOpen ? Array.from({ length: count }, (_, index) => index + 1) : []),
  };
};
