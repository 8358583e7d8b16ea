import { readSearchParam } from '../lib/url';

/** The query parameter of the hindsight layer: `?hindsight`, combinable with every other. */
const HINDSIGHT_PARAM = 'hindsight';

const OFF_VALUES = new Set(['0', 'off', 'false', 'no']);

/** Pure and total: on when the parameter is present (`?hindsight`, `?hindsight=1`), unless it says off. */
export const parseHindsightParam = (search: string): boolean => {
  const value = readSearchParam(search, HINDSIGHT_PARAM);
  return value !== null && !OFF_VALUES.has(value.trim().toLowerCase());
};

const keyOf = (pair: string): string => {
  const raw = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
};

/**
 * Returns `search` with the flag set (a bare `hindsight`) or removed. Every
 * other parameter is kept byte for byte, as pym's own must survive exactly.
 */
export const withHindsightParam = (search: string, isOn: boolean): string => {
  const raw = search.startsWith('?') ? search.slice(1) : search;
  const kept = raw.split('&').filter((pair) => pair !== '' && keyOf(pair) !== HINDSIGHT_PARAM);
  if (isOn) kept.push(HINDSIGHT_PARAM);
  return kept.length === 0 ? '' : `?${kept.join('&')}`;
};
