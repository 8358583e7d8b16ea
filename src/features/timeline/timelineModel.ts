import { site } from '../../content/site';
import { timelineEras, timelineEvents, timelineUi } from '../../content/timeline';
import { daysBetween } from '../../lib/dates';
import { eraMarks, eventMarks } from './timelineGeometry';
import { axisTicks } from './timelineLayout';
import { focusContextScale } from './timelineScale';
import { snapshotSeries } from './troopSeries';

/** Everything the chart draws, computed once from the content (no reader's clock, no layout). */
export const troopSeries = snapshotSeries();
export const eventMarksList = eventMarks(timelineEvents);
export const eraMarksList = eraMarks(timelineEras);
export const ticks = axisTicks(timelineUi.monthsShort).map((tick) => ({ ...tick, t: focusContextScale(tick.date) }));
export const asOfPosition = focusContextScale(site.asOf);
export const deadlinePosition = focusContextScale(site.deadline);
/** Days from the letter's publication to the deadline: 55. */
export const countdownDays = daysBetween(site.asOf, site.deadline);
