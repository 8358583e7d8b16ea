import { actors } from '../../content/actors';
import type { ActorId } from '../../content/types';
import { readSearchParam, replaceSearchPair } from '../../lib/url';

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

/** Returns `search` with the actor set (or removed when null), every other parameter kept byte for byte. */
export const withActorParam = (search: string, id: ActorId | null): string =>
  replaceSearchPair(search, ACTOR_PARAM, id === null ? null : `${ACTOR_PARAM}=${encodeURIComponent(id)}`);
