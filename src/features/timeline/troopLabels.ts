import { timelineUi as copy } from '../../content/timeline';
import type { TroopPoint } from '../../content/types';
import { formatCount } from '../../lib/numbers';
import { fillTemplate } from '../../lib/template';
import { formatShortDate } from './timelineLayout';
import { FOCUS_START, STORY_FRAME, focusMagnification, monthsBetween, type AxisFrame } from './timelineScale';

/**
 * Words the charts write on themselves (the troop scene's values, and the
 * stretched-axis note the timeline's chart and scene share), made once from
 * the data so every chart says the same.
 */

/** The highest count (the earliest of equal ones), or null for an empty series. */
export const peakPoint = (series: readonly TroopPoint[]): TroopPoint | null =>
  series.reduce<TroopPoint | null>((best, point) => (best === null || point.troops > best.troops ? point : best), null);

/** A count with its month: "Peak: 101,000 (Jun 2011)" from the template `Peak: {count} ({date})`. */
export const troopMarkerText = (template: string, point: TroopPoint): string =>
  fillTemplate(template, {
    count: formatCount(point.troops),
    date: formatShortDate(point.date.slice(0, 7), copy.monthsShort),
  });

/** A gridline's value, "25k". */
export const gridLabel = (level: number): string => fillTemplate(copy.thousands, { count: level / 1000 });

/** Says in words that an axis is stretched where it is: "Last 15 months drawn 12 times wider". */
export const focusNoteFor = (frame: AxisFrame): string =>
  fillTemplate(copy.focusNote, {
    months: monthsBetween(FOCUS_START, frame.end),
    times: Math.round(focusMagnification(frame)),
  });

export const focusNote = focusNoteFor(STORY_FRAME);
