import { listedCite, type ResolvedCite } from './cites';
import { laterSources } from './laterSources';
import type { LaterCite, LaterSource } from './types';

// Its own module: the story as of March 2021 never resolves later reporting, so its
// sources stay out of the scripts every page loads (cites.ts is in them).
const laterById = new Map<string, LaterSource>(laterSources.map((s) => [s.id, s]));

/** Resolves a cite of later reporting (`later:<id>`); unknown ids resolve to null. */
export const resolveLaterCite = (cite: LaterCite): ResolvedCite | null => {
  const source = laterById.get(cite);
  return source === undefined ? null : listedCite(cite, 'later', source);
};

export const resolveLaterCites = (cites: readonly LaterCite[]): ResolvedCite[] =>
  cites.map(resolveLaterCite).filter((cite): cite is ResolvedCite => cite !== null);
