import { readHash } from '../../lib/url';

/**
 * Element ids and URL fragments for the proposal cards. The fragment for one
 * open card is the card's own id (`#proposal-3`), so the link also works as a
 * plain anchor before JavaScript runs; several open cards share one fragment
 * (`#proposal-1,3`). Parsing is total: anything else means "not ours".
 */

/** The article page's prefix; a second copy of the cards on one page passes another. */
export const DEFAULT_ID_PREFIX = 'proposal-';

// Long enough for every card listed, short enough that garbage is dropped unread.
const MAX_FRAGMENT_LENGTH = 200;
const CARD_NUMBER = /^[1-9]\d{0,2}$/;

export interface ProposalDomIds {
  readonly card: string;
  readonly toggle: string;
  readonly panel: string;
}

export const proposalDomIds = (idPrefix: string, number: number): ProposalDomIds => ({
  card: `${idPrefix}${number}`,
  toggle: `${idPrefix}${number}-toggle`,
  panel: `${idPrefix}${number}-panel`,
});

/**
 * The card numbers a fragment names, sorted and without repeats, or null when
 * the fragment is not a proposal link or names no card between 1 and `count`.
 * Unknown numbers inside an otherwise valid list are dropped.
 */
export const parseProposalHash = (hash: string, idPrefix: string, count: number): readonly number[] | null => {
  const fragment = readHash(hash);
  if (fragment.length > MAX_FRAGMENT_LENGTH || !fragment.startsWith(idPrefix)) return null;
  const numbers = fragment
    .slice(idPrefix.length)
    .split(',')
    .filter((part) => CARD_NUMBER.test(part))
    .map(Number)
    .filter((number) => number <= count);
  return numbers.length === 0 ? null : sortedUnique(numbers);
};

/** `#proposal-1,3` for the open cards; '' when none is open. */
export const serializeProposalHash = (numbers: readonly number[], idPrefix: string): string =>
  numbers.length === 0 ? '' : `#${idPrefix}${sortedUnique(numbers).join(',')}`;

const sortedUnique = (numbers: readonly number[]): number[] => [...new Set(numbers)].sort((a, b) => a - b);
