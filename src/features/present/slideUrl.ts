import { readSearchParam, withSearchParam } from '../../lib/url';
import { isPairId } from './deckPair';

/**
 * The deck's place in the URL: `?present&slide=N`, 1-based. Parsing is total:
 * it never throws, and whatever the text, the answer is a valid slide or none.
 */

const SLIDE_PARAM = 'slide';
const PRESENT_PARAM = 'present';
const VIEW_PARAM = 'view';
/** The notes window's pairing with the deck that opened it (deckPair.ts). */
const PAIR_PARAM = 'pair';
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * 0-based index of the slide named by `?slide=`, or null when there is no
 * number to read. Out-of-range, negative and huge values (1e309) give the
 * nearest valid slide; fractions count as the slide they fall in.
 */
export const parseSlideParam = (search: string, total: number): number | null => {
  if (!Number.isInteger(total) || total < 1) return null;
  const raw = readSearchParam(search, SLIDE_PARAM);
  if (raw === null) return null;
  const text = raw.trim();
  if (text.length > 40 || !NUMBER.test(text)) return null;
  const value = Number(text);
  if (Number.isNaN(value)) return null;
  const oneBased = value === Infinity ? total : value === -Infinity ? 1 : Math.floor(value);
  return Math.min(total, Math.max(1, oneBased)) - 1;
};

/**
 * `?present` and `&hindsight` (the hindsight layer, issue #14) stay bare flags
 * (not `present=`), so shared links read as documented and keep hindsight on.
 */
const tidy = (search: string): string => search.replace(/([?&])(present|hindsight)=(?=&|$)/g, '$1$2');

/** The search string for slide `index` (0-based), keeping every other parameter. */
export const slideSearch = (search: string, index: number): string => {
  const withFlag = readSearchParam(search, PRESENT_PARAM) === null ? withSearchParam(search, PRESENT_PARAM, '') : search;
  return tidy(withSearchParam(withFlag, SLIDE_PARAM, String(Math.max(0, Math.trunc(index)) + 1)));
};

/** The search string of the speaker notes window for slide `index`, paired with the deck whose id is `pair`. */
export const notesSearch = (search: string, index: number, pair: string): string =>
  tidy(withSearchParam(withSearchParam(slideSearch(search, index), VIEW_PARAM, 'notes'), PAIR_PARAM, pair));

/** The notes window's pairing id, or null when there is none or it is malformed (never throws). */
export const parsePairParam = (search: string): string | null => {
  const raw = readSearchParam(search, PAIR_PARAM);
  return isPairId(raw) ? raw : null;
};

/** Back to the article: present mode's own parameters removed, the rest (theme, pym's) kept. */
export const articleSearch = (search: string): string =>
  tidy([PRESENT_PARAM, SLIDE_PARAM, VIEW_PARAM, PAIR_PARAM].reduce((next, name) => withSearchParam(next, name, null), search));
