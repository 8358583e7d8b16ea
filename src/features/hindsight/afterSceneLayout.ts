import type { HindsightEvent, HindsightTroopPoint, IsoDate } from '../../content/types';

/** The scene's box (as the story's other scenes: 400 × 300) and its time axis, March 1 – October 31, 2021. */
export const AFTER_BOX = { width: 400, height: 300, left: 24, right: 376, troopTop: 64, troopBottom: 196, eventRow: 228, axis: 248 } as const;
const AXIS_START = Date.parse('2021-03-01T00:00:00Z');
const AXIS_END = Date.parse('2021-11-01T00:00:00Z');
const DAY = 86_400_000;

/** A month-precision date sits mid-month: the sheet dates it no closer. */
const timeOf = (date: IsoDate): number => {
  const [year, month = '01', day] = date.split('-');
  const start = Date.parse(`${year}-${month}-${day ?? '01'}T00:00:00Z`);
  return day === undefined ? start + 14 * DAY : start;
};

export const xOf = (date: IsoDate): number =>
  AFTER_BOX.left + ((timeOf(date) - AXIS_START) / (AXIS_END - AXIS_START)) * (AFTER_BOX.right - AFTER_BOX.left);

/** One tick per month, labelled with its short name at its middle. */
export const monthTicks = (): { readonly x: number; readonly labelX: number; readonly label: string }[] =>
  ['Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct'].map((label, index) => {
    const month = String(index + 3).padStart(2, '0');
    const next = String(index + 4).padStart(2, '0');
    const x = xOf(`2021-${month}-01`);
    const end = index === 7 ? AFTER_BOX.right : xOf(`2021-${next}-01`);
    return { x, labelX: (x + end) / 2, label };
  });

/** The troop scale's top: the highest count, rounded up to a thousand. */
export const troopMax = (points: readonly HindsightTroopPoint[]): number =>
  Math.max(1000, Math.ceil(Math.max(...points.map((p) => p.troops ?? 0)) / 1000) * 1000);

const yOf = (troops: number, max: number): number =>
  AFTER_BOX.troopBottom - (troops / max) * (AFTER_BOX.troopBottom - AFTER_BOX.troopTop);

/**
 * The troop line as separate runs: a point without a count (only a
 * percentage was published) ends a run, so the line breaks there and no count
 * is ever invented between two published ones.
 */
export const troopRuns = (points: readonly HindsightTroopPoint[], max: number): string[] => {
  const runs: string[][] = [[]];
  // Planned levels and added deployments are not counts of troops there: marked apart, off the line.
  for (const point of points.filter((p) => p.kind !== 'target')) {
    if (point.troops === null) runs.push([]);
    else runs[runs.length - 1]!.push(`${xOf(point.date).toFixed(1)},${yOf(point.troops, max).toFixed(1)}`);
  }
  return runs.filter((run) => run.length > 0).map((run) => (run.length === 1 ? `M${run[0]}h0.01` : `M${run.join('L')}`));
};

export const troopDots = (points: readonly HindsightTroopPoint[], max: number) =>
  points.map((point, index) => ({
    key: `${point.date}-${index}`,
    isTarget: point.kind === 'target',
    x: xOf(point.date),
    y: point.troops === null ? null : yOf(point.troops, max),
  }));

/** The span an active step covers on the axis, padded so a one-day step still shows. */
export const spanOf = (events: readonly HindsightEvent[]): { readonly x: number; readonly width: number } | null => {
  if (events.length === 0) return null;
  const xs = events.map((event) => xOf(event.date));
  const from = Math.max(AFTER_BOX.left, Math.min(...xs) - 4);
  const to = Math.min(AFTER_BOX.right, Math.max(...xs) + 4);
  return { x: from, width: to - from };
};
