import type { IsoDate } from '../../content/types';

/** Milliseconds since the epoch for an ISO date; coarse dates use their midpoint. */
export const timeOf = (date: IsoDate): number => {
  if (date.length === 4) return Date.UTC(Number(date), 6, 1);
  if (date.length === 7) return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, 15);
  return Date.parse(`${date}T00:00:00Z`);
};

export const AXIS_START: IsoDate = '2001-09-01';
export const AXIS_END: IsoDate = '2021-05-01';

/** Linear position of a date between two pixel positions, clamped to the axis. */
export const linearScale =
  (from: IsoDate, to: IsoDate, range: readonly [number, number]) =>
  (date: IsoDate): number => {
    const start = timeOf(from);
    const share = (timeOf(date) - start) / (timeOf(to) - start);
    const clamped = Math.min(1, Math.max(0, share));
    return range[0] + clamped * (range[1] - range[0]);
  };
