import type { IsoDate } from '../../content/types';
import { AXIS_END, AXIS_START, FOCUS_START } from './timelineScale';

/**
 * Stacks markers into lanes so that two in the same lane are at least
 * `minGap` apart along the axis. Positions must be in ascending order; each
 * marker takes the lowest lane that has room (greedy, stable).
 */
export const assignLanes = (positions: readonly number[], minGap: number): number[] => {
  const laneEnds: number[] = [];
  return positions.map((position) => {
    const free = laneEnds.findIndex((end) => position - end >= minGap);
    const lane = free === -1 ? laneEnds.length : free;
    laneEnds[lane] = position;
    return lane;
  });
};

/** A tick on the time axis; `label` is null for unlabelled (minor) ticks. */
export interface AxisTick {
  readonly date: IsoDate;
  readonly label: string | null;
}

const pad = (value: number): string => String(value).padStart(2, '0');

/**
 * Ticks for the focus + context axis: every January in the context part
 * (labelled every other year), every month in the expanded stretch (labelled
 * each quarter, with the year at January).
 */
export const axisTicks = (monthNames: readonly string[], axisEnd: IsoDate = AXIS_END): AxisTick[] => {
  const ticks: AxisTick[] = [];
  const firstYear = Number(AXIS_START.slice(0, 4)) + 1;
  const focusYear = Number(FOCUS_START.slice(0, 4));
  for (let year = firstYear; year <= focusYear; year += 1) {
    ticks.push({ date: `${year}-01-01`, label: year % 2 === 0 ? String(year) : null });
  }
  const [endYear, endMonth] = [Number(axisEnd.slice(0, 4)), Number(axisEnd.slice(5, 7))];
  let [year, month] = [focusYear, Number(FOCUS_START.slice(5, 7)) + 1];
  while (year < endYear || (year === endYear && month < endMonth)) {
    const isQuarter = (month - 1) % 3 === 0;
    const label = month === 1 ? String(year) : isQuarter ? (monthNames[month - 1] ?? null) : null;
    ticks.push({ date: `${year}-${pad(month)}-01`, label });
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return ticks;
};

/** "Mar 7" for a day, "Jan 2021" for a month, "2010" for a year: short labels for inside the chart. */
export const formatShortDate = (date: IsoDate, monthNames: readonly string[]): string => {
  const [year = '', month, day] = date.split('-');
  const name = month === undefined ? undefined : monthNames[Number(month) - 1];
  if (name === undefined) return year;
  return day === undefined ? `${name} ${year}` : `${name} ${Number(day)}`;
};

