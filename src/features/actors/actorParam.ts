import { actors } from '../../content/actors';
import type { ActorId } from '../../content/types';
import { readSearchParam } from '../../lib/url';

/** The query parameter that carries the selection: `?actor=khalilzad`. */
const ACTOR_PARAM = 'actor';

// Real ids are short kebab-case words; anything longer is refused before any lookup.
const MAX_LENGTH = 64;
const knownIds = new Set<ActorId>(actors.map((actor) => actor.id));

/** Pure and total: a known actor id, or null for anything else (missing, unknown, hostile). */
export const parseActorParam = (search: string): ActorId | null => {
  const value = readSearchParam(search, ACTOR_PARAM);
  if (value === null || value.length > MAX_LENGTH) return null;
  return knownIds.has(value) ? value : null;
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
 * Returns `search` with the actor set (or removed when null). Every other
 * parameter is kept byte for byte, so pym's childId, initialWidth and
 * parentUrl survive exactly as the host page wrote them.
 */
export const withActorParam = (search: string, id: ActorId | null): string => {
  const raw = search.startsWith('?') ? search.slice(1) : search;
  const kept = raw.split('&').filter((pair) => pair !== '' && keyOf(pair) !== ACTOR_PARAM);
  if (id !== null) kept.push(`${ACTOR_PARAM}=${encodeURIComponent(id)}`);
  return kept.length === 0 ? '' : `?${kept.join('&')}`;
};
