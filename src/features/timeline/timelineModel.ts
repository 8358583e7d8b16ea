import { site } from '../../content/site';
import { timelineEras, timelineEvents, timelineUi } from '../../content/timeline';
import { daysBetween } from '../../lib/dates';
import {
  chartEventOf,
  eraMarks,
  eventMarks,
  HINDSIGHT_LANES,
  STORY_LANES,
  type ChartEvent,
  type EraMark,
  type EventMark,
} from './timelineGeometry';
import { axisTicks, type AxisTick } from './timelineLayout';
import { frameScale, HINDSIGHT_FRAME, STORY_FRAME, timeOf, type AxisFrame } from './timelineScale';
import { focusNoteFor } from './troopLabels';
import { snapshotSeries } from './troopSeries';

/** Everything the timeline's chart draws for one axis: computed once per axis, never from the reader's clock or layout. */
export interface ChartModel {
  readonly frame: AxisFrame;
  /** Every event on the axis, the story's and (with hindsight) the later ones up to its end, in date order. */
  readonly marks: readonly EventMark<ChartEvent>[];
  readonly eras: readonly EraMark[];
  readonly ticks: readonly (AxisTick & { readonly t: number })[];
  readonly asOf: number;
  readonly deadline: number;
  readonly focusNote: string;
  /** Whether later reporting is drawn (the hindsight axis). */
  readonly hasLater: boolean;
}

const storyEvents = timelineEvents.map(chartEventOf);

/** Whether a date falls on the axis (on or before its last day). */
export const isOnAxis = (date: string, frame: AxisFrame): boolean => timeOf(date) < timeOf(frame.end);

const chartModel = (frame: AxisFrame, laterEvents: readonly ChartEvent[]): ChartModel => {
  const scale = frameScale(frame);
  const onAxis = laterEvents.filter((event) => isOnAxis(event.date, frame));
  // Stable: on a shared day (May 1, 2021) the story's event comes first. The story alone keeps its own order.
  const events = onAxis.length === 0 ? storyEvents : [...storyEvents, ...onAxis].sort((a, b) => timeOf(a.date) - timeOf(b.date));
  return {
    frame,
    marks: eventMarks(events, scale, laterEvents.length > 0 ? HINDSIGHT_LANES : STORY_LANES),
    eras: eraMarks(timelineEras, scale),
    ticks: axisTicks(timelineUi.monthsShort, frame.end).map((tick) => ({ ...tick, t: scale(tick.date) })),
    asOf: scale(site.asOf),
    deadline: scale(site.deadline),
    focusNote: focusNoteFor(frame),
    hasLater: laterEvents.length > 0,
  };
};

/** The story as of March 7, 2021: exactly the chart the page has without hindsight. */
export const storyChart = chartModel(STORY_FRAME, []);

/** The chart with hindsight: the axis runs on to August 31, 2021, with the later events drawn. */
export const hindsightChart = (laterEvents: readonly ChartEvent[]): ChartModel => chartModel(HINDSIGHT_FRAME, laterEvents);

export const troopSeries = snapshotSeries();
export const eraMarksList = storyChart.eras;
/** Days from the letter's publication to the deadline: 55. */
export const countdownDays = daysBetween(site.asOf, site.deadline);
