import sheet from './facts/us-troop-levels.json';
import type { TroopPoint, TroopPointKind, TroopSource, TroopSourceId } from './types';

/** What is read of each point of the sheet (not its long `note`, which the troopFacts() Vite plugin keeps out of the bundle). */
interface FactSheetPoint {
  readonly date: string;
  readonly troops: number;
  readonly kind: string;
  readonly sources: readonly string[];
}

const normalise = (points: readonly FactSheetPoint[]): { points: TroopPoint[]; sources: TroopSource[] } => {
  const sources: TroopSource[] = [];
  const idOf = new Map<string, TroopSourceId>();
  const sourceId = (text: string): TroopSourceId => {
    let id = idOf.get(text);
    if (id === undefined) {
      id = `troop-source-${sources.length + 1}`;
      idOf.set(text, id);
      sources.push({ id, text });
    }
    return id;
  };
  return {
    points: points.map(({ date, troops, kind, sources: texts }) => ({
      date,
      troops,
      // Unknown kinds stop the build (validate.ts), so the sheet's string is taken as one of ours.
      kind: kind as TroopPointKind,
      sources: texts.map(sourceId),
    })),
    sources,
  };
};

const facts = normalise(sheet);

/**
 * U.S. troops inside Afghanistan, from the fact sheet facts/us-troop-levels.json:
 * a verbatim copy of ../shared/facts/us-troop-levels.json and the only copy in
 * the repository (to update, replace the file). Values are the sheet's; the
 * sheet names a report in full at every point it backs, so here each distinct
 * source is listed once (`troopSources`) and points name them by id. The ids
 * are made here, not in the troopFacts() plugin that slims the bundled sheet,
 * because the build steps' SSR loader (prerender, data files, content check)
 * runs without plugins and must read the sheet the same way.
 * The validator (validate.ts) checks kinds, dates and that every id resolves.
 * Only `snapshot` points form the area; `announced-target` points are markers;
 * `annual-average` points are a separate fiscal-year series, never mixed in.
 */
export const troopPoints: readonly TroopPoint[] = facts.points;

/** Every source the counts name, each once, in order of first mention. */
export const troopSources: readonly TroopSource[] = facts.sources;

const sourcesById = new Map<string, TroopSource>(troopSources.map((source) => [source.id, source]));

/** The sources behind a count, in its order; unknown ids (caught by the validator) are skipped rather than thrown. */
export const resolveTroopSources = (ids: readonly TroopSourceId[]): TroopSource[] =>
  ids.flatMap((id) => sourcesById.get(id) ?? []);

/** The caveats a chart caption must carry, from the fact sheet's write-up (us-troop-levels.md; the JSON holds only points). */
export const troopCaveats = [
  'Counts are of U.S. military personnel inside Afghanistan, mostly rounded as published; contractors and forces supporting the war from outside the country are not included.',
  'The Pentagon changed how it counted in August 2017, so part of that year’s rise from 8,400 to about 11,000 is accounting, not new deployments.',
  'The Defense Department stopped publishing the numbers in late 2017; figures from 2018 to 2021 are officials’ round approximations.',
  'The 2,500 of January 2021 is the official figure.',
] as const;
