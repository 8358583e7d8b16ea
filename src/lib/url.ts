/**
 * Total (never-throwing) readers and writers for the page URL. Hostile input
 * such as `?%E0%A4%A` or `#%` is ignored, and history calls that a sandboxed
 * iframe forbids fail silently.
 */

const params = (search: string): URLSearchParams => {
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
};

/** The first value of a query parameter, or null. */
export const readSearchParam = (search: string, name: string): string | null => params(search).get(name);

/** True when the parameter is present, with or without a value (`?present`). */
export const hasSearchParam = (search: string, name: string): boolean => params(search).has(name);

/** The fragment without `#`, percent-decoded when that is possible. */
export const readHash = (hash: string): string => {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
};

/** Returns `search` with `name` set to `value` (or removed when null), other parameters kept. */
export const withSearchParam = (search: string, name: string, value: string | null): string => {
  const next = params(search);
  if (value === null) next.delete(name);
  else next.set(name, value);
  const text = next.toString();
  return text === '' ? '' : `?${text}`;
};

/** history.replaceState that never throws (opaque-origin sandboxes forbid it). */
export const replaceUrl = (url: string): boolean => {
  try {
    window.history.replaceState(window.history.state, '', url);
    return true;
  } catch {
    return false;
  }
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
 * Returns `search` with every `name` parameter replaced by `pair` (a ready
 * `name=value` or bare `name`), or removed when null. Every other parameter is
 * kept byte for byte, so pym's childId, initialWidth and parentUrl survive
 * exactly as the host page wrote them.
 */
export const replaceSearchPair = (search: string, name: string, pair: string | null): string => {
  const raw = search.startsWith('?') ? search.slice(1) : search;
  const kept = raw.split('&').filter((each) => each !== '' && keyOf(each) !== name);
  if (pair !== null) kept.push(pair);
  return kept.length === 0 ? '' : `?${kept.join('&')}`;
};
