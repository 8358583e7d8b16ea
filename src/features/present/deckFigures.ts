import { site } from '../../content/site';
import { troopPoints } from '../../content/troops';
import type { IsoDate, TroopPoint } from '../../content/types';
import { daysBetween } from '../../lib/dates';

/**
 * The figures the countdown and troop slides show, computed from the content
 * (site.ts dates, the troop fact sheet) so a slide never carries a number of
 * its own: change the data and the slides follow.
 */

/** Days from the story's "as of" (the letter made public) to the deadline; fixed dates, never the reader's clock. */
export const countdownDays = (asOf: IsoDate = site.asOf, deadline: IsoDate = site.deadline): number => daysBetween(asOf, deadline);

/** Two significant figures, the precision the story gives counts in (101,000 → 100,000). */
export const roundToTwoFigures = (value: number): number => {
  const step = 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(value) || 1)) - 1);
  return Math.round(value / step) * step;
};

export interface TroopDrawdown {
  /** The highest count, rounded; `isRounded` when that changed it (shown with "about"). */
  readonly peak: { readonly troops: number; readonly isRounded: boolean; readonly years: readonly string[] };
  /** The last count on or before the "as of" date. */
  readonly latest: { readonly troops: number; readonly date: IsoDate };
}

/**
 * From the peak to the latest count, using the fact sheet's snapshots only
 * (targets and fiscal-year averages are other series). The peak's years are
 * those of every count that rounds to the peak, as the story's "2010–2011".
 */
export const troopDrawdown = (points: readonly TroopPoint[] = troopPoints, asOf: IsoDate = site.asOf): TroopDrawdown | null => {
  const counts = points.filter((p) => p.kind === 'snapshot' && p.date <= asOf).toSorted((a, b) => a.date.localeCompare(b.date));
  const last = counts.at(-1);
  if (last === undefined) return null;
  const highest = Math.max(...counts.map((p) => p.troops));
  const peak = roundToTwoFigures(highest);
  const years = [...new Set(counts.filter((p) => roundToTwoFigures(p.troops) === peak).map((p) => p.date.slice(0, 4)))];
  return { peak: { troops: peak, isRounded: peak !== highest, years }, latest: { troops: last.troops, date: last.date } };
};
