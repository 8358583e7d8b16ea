import type { HindsightTroopPoint, IsoDate } from '../../content/types';

/** A later troop figure that has a count. */
export type CountedPoint = HindsightTroopPoint & { readonly troops: number };

/** The later figures as the charts draw them. */
export interface LaterTroopParts {
  /** Runs of counts in the country (official or reported), each drawn as one line; the line breaks between runs. */
  readonly runs: readonly (readonly CountedPoint[])[];
  /** Stretches where only percentages were published: from the first to the last date with no count. */
  readonly gaps: readonly { readonly from: IsoDate; readonly to: IsoDate }[];
  /** Levels the government set or deployments it ordered: markers, never joined to the line. */
  readonly targets: readonly CountedPoint[];
}

const isCounted = (point: HindsightTroopPoint): point is CountedPoint => point.troops !== null;

/**
 * Splits the later figures into what can be drawn without inventing a count:
 * a point with no count ends the line and opens a gap, which the next count
 * closes. Targets are not counts of troops present, so they never join the line.
 */
export const laterTroopParts = (points: readonly HindsightTroopPoint[]): LaterTroopParts => {
  const runs: CountedPoint[][] = [];
  const gaps: { from: IsoDate; to: IsoDate }[] = [];
  const targets: CountedPoint[] = [];
  let run: CountedPoint[] = [];
  let gap = null as { from: IsoDate; to: IsoDate } | null;
  for (const point of points) {
    if (point.kind === 'target') {
      if (isCounted(point)) targets.push(point);
      continue;
    }
    if (!isCounted(point)) {
      if (run.length > 0) runs.push(run);
      run = [];
      gap = { from: gap?.from ?? point.date, to: point.date };
      continue;
    }
    if (gap !== null) gaps.push(gap);
    gap = null;
    run.push(point);
  }
  if (run.length > 0) runs.push(run);
  if (gap !== null) gaps.push(gap);
  return { runs, gaps, targets };
};

/** SVG path of a line through a run of points, for given scales. */
export const runPath = (run: readonly CountedPoint[], x: (date: string) => number, y: (troops: number) => number): string =>
  run.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.date).toFixed(1)},${y(p.troops).toFixed(1)}`).join(' ');
