import { troopPoints } from '../../content/troops';
import type { TroopPoint } from '../../content/types';
import { timeOf } from './timelineScale';

/** The points that form the area: dated snapshots only, in time order. */
export const snapshotSeries = (points: readonly TroopPoint[] = troopPoints): TroopPoint[] =>
  points.filter((p) => p.kind === 'snapshot').sort((a, b) => timeOf(a.date) - timeOf(b.date));

/** The count closest in time to a date (the earlier one on a tie), or null for an empty series. */
export const nearestPoint = (points: readonly TroopPoint[], date: string): TroopPoint | null => {
  const target = timeOf(date);
  let best: TroopPoint | null = null;
  for (const point of points) {
    if (best === null || Math.abs(timeOf(point.date) - target) < Math.abs(timeOf(best.date) - target)) best = point;
  }
  return best;
};

export const maxTroops = (points: readonly TroopPoint[]): number => Math.max(...points.map((p) => p.troops));

/** SVG path of the area under a series, for given scales. */
export const areaPath = (
  points: readonly TroopPoint[],
  x: (date: string) => number,
  y: (troops: number) => number,
): string => {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return '';
  const line = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.date).toFixed(1)},${y(p.troops).toFixed(1)}`).join(' ');
  return `${line} L${x(last.date).toFixed(1)},${y(0).toFixed(1)} L${x(first.date).toFixed(1)},${y(0).toFixed(1)} Z`;
};
