import type { IsoDate } from '../../content/types';

const DAY_MS = 86_400_000;

/** Milliseconds since the epoch for an ISO date; coarse dates use their midpoint. */
export const timeOf = (date: IsoDate): number => {
  if (date.length === 4) return Date.UTC(Number(date), 6, 1);
  if (date.length === 7) return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, 15);
  return Date.parse(`${date}T00:00:00Z`);
};

export const AXIS_START: IsoDate = '2001-09-01';
export const AXIS_END: IsoDate = '2021-05-01';
/** The expanded stretch: the last 15 months before the deadline, where most of the story happens. */
export const FOCUS_START: IsoDate = '2020-02-01';
/** Share of the axis given to the expanded stretch. */
export const FOCUS_SHARE = 0.45;

/** A date pinned to a position (0..1) along the axis. */
export interface ScaleStop {
  readonly date: IsoDate;
  readonly at: number;
}

/** Position (0..1) of a date on an axis made of linear pieces between stops, clamped at both ends. */
export const piecewiseScale =
  (stops: readonly ScaleStop[]) =>
  (date: IsoDate): number => {
    const time = timeOf(date);
    const first = stops[0];
    const last = stops[stops.length - 1];
    if (first === undefined || last === undefined) return 0;
    if (time <= timeOf(first.date)) return first.at;
    if (time >= timeOf(last.date)) return last.at;
    for (let index = 1; index < stops.length; index += 1) {
      const from = stops[index - 1]!;
      const to = stops[index]!;
      const end = timeOf(to.date);
      if (time <= end) {
        const start = timeOf(from.date);
        return from.at + ((time - start) / (end - start)) * (to.at - from.at);
      }
    }
    return last.at;
  };

/** Where an axis ends and how much of it the expanded stretch (from FOCUS_START) takes. */
export interface AxisFrame {
  /** The axis's end: the first moment it no longer shows. */
  readonly end: IsoDate;
  /** The last day drawn, for words ("after the chart's end, August 31, 2021"). */
  readonly lastDay: IsoDate;
  readonly focusShare: number;
}

/** The story as of March 7, 2021: the axis stops at the May 1 deadline. */
export const STORY_FRAME: AxisFrame = { end: AXIS_END, lastDay: AXIS_END, focusShare: FOCUS_SHARE };

/**
 * With hindsight the axis runs on to August 31, 2021. The expanded stretch
 * gets more of the axis, since the later reporting packs 26 events into six
 * months (eight in August alone).
 */
export const HINDSIGHT_FRAME: AxisFrame = { end: '2021-09-01', lastDay: '2021-08-31', focusShare: 0.6 };

/**
 * Focus + context: 2001 to January 2020 linear on the first part of the axis,
 * the last months linear again but many times wider, so the dense
 * 2020–2021 stretch stays readable while every position is still proportional to time.
 */
export const frameScale = (frame: AxisFrame) =>
  piecewiseScale([
    { date: AXIS_START, at: 0 },
    { date: FOCUS_START, at: 1 - frame.focusShare },
    { date: frame.end, at: 1 },
  ]);

export const focusContextScale = frameScale(STORY_FRAME);

const daysBetween = (from: IsoDate, to: IsoDate): number => (timeOf(to) - timeOf(from)) / DAY_MS;

/** How many times wider a day is drawn in the expanded stretch than before it. */
export const focusMagnification = (frame: AxisFrame = STORY_FRAME): number =>
  frame.focusShare / daysBetween(FOCUS_START, frame.end) / ((1 - frame.focusShare) / daysBetween(AXIS_START, FOCUS_START));

/** Whole calendar months from one day-precision date to another (2020-02-01 → 2021-05-01 is 15). */
export const monthsBetween = (from: IsoDate, to: IsoDate): number =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));

/** Linear position of a date between two pixel positions, clamped to the axis. */
export const linearScale = (from: IsoDate, to: IsoDate, range: readonly [number, number]) => {
  const share = piecewiseScale([
    { date: from, at: 0 },
    { date: to, at: 1 },
  ]);
  return (date: IsoDate): number => range[0] + share(date) * (range[1] - range[0]);
};
