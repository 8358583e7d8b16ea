import { useCallback, useEffect, useRef } from 'react';
import { replaceUrl } from '../../lib/url';
import { parseProposalHash, serializeProposalHash } from './proposalAnchors';

interface UseProposalHashOptions {
  /** Off where the page's address is not ours to read or change. */
  readonly isEnabled: boolean;
  readonly idPrefix: string;
  /** How many cards exist; larger numbers in a link are ignored. */
  readonly count: number;
  /** A proposal link was opened: on load (`isInitial`) or by a later hash change. */
  readonly onNavigate: (numbers: readonly number[], isInitial: boolean) => void;
}

/**
 * Keeps the open cards and the URL fragment in step. The fragment is read only
 * in effects, after hydration, so the first client render matches the server's.
 * Returns a writer for the reader's own toggles; it replaces the history entry
 * (no new Back step per click) and fails silently inside sandboxed iframes.
 */
export const useProposalHash = ({ isEnabled, idPrefix, count, onNavigate }: UseProposalHashOptions) => {
  const onNavigateRef = useRef(onNavigate);
  useEffect(() => {
    onNavigateRef.current = onNavigate;
  });

  useEffect(() => {
    if (!isEnabled) return;
    const follow = (isInitial: boolean) => {
      const numbers = parseProposalHash(window.location.hash, idPrefix, count);
      if (numbers !== null) onNavigateRef.current(numbers, isInitial);
    };
    const handleHashChange = () => follow(false);
    follow(true);
    window.addEventListener('hashchange', handleHashChange);
    return () => window.removeEventListener('hashchange', handleHashChange);
  }, [isEnabled, idPrefix, count]);

  return useCallback(
    (openNumbers: readonly number[]) => {
      if (!isEnabled) return;
      const { pathname, search, hash } = window.location;
      // Closing every card clears only our own fragment; another feature's (#actor-…) stays.
      if (openNumbers.length === 0 && parseProposalHash(hash, idPrefix, count) === null) return;
      replaceUrl(`${pathname}${search}${serializeProposalHash(openNumbers, idPrefix)}`);
    },
    [isEnabled, idPrefix, count],
  );
};
