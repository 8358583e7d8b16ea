import { readSearchParam, replaceSearchPair } from '../lib/url';

/** The query parameter of the hindsight layer: `?hindsight`, combinable with every other. */
const HINDSIGHT_PARAM = 'hindsight';

const OFF_VALUES = new Set(['0', 'off', 'false', 'no']);

/** Pure and total: on when the parameter is present (`?hindsight`, `?hindsight=1`), unless it says off. */
export const parseHindsightParam = (search: string): boolean => {
  const value = readSearchParam(search, HINDSIGHT_PARAM);
  return value !== null && !OFF_VALUES.has(value.trim().toLowerCase());
};

/** Returns `search` with the flag set (a bare `hindsight`) or removed, every other parameter kept byte for byte. */
export const withHindsightParam = (search: string, isOn: boolean): string =>
  replaceSearchPair(search, HINDSIGHT_PARAM, isOn ? HINDSIGHT_PARAM : null);
