import type { CSSProperties } from 'react';
import type { DatePrecision, IsoDate, TimelineEra, TimelineEvent } from '../../content/types';
import { assignLanes } from './timelineLayout';
import { focusContextScale } from './timelineScale';

/**
 * Where things sit across the time axis, as shares of the chart's depth
 * (top to bottom when the axis is horizontal; CSS turns the whole chart a
 * quarter turn when it is vertical). The SVG draws in a 1000 × 1000 box with
 * the same shares, so shapes and HTML labels line up in both orientations.
 * No troop curve: the deadline section's graphic is the one troop chart.
 */
export const CROSS = {
  missionBand: [0, 0.11],
  agreementBand: [0.13, 0.24],
  /** The "as of" label and the countdown bracket sit between the bands and the axis. */
  asOfLabel: 0.3,
  bracket: 0.41,
  axis: 0.5,
  /** Stems to the markers start past the axis's tick labels, so no line runs through a year. */
  stemStart: 0.63,
  firstLane: 0.66,
  laneStep: 0.075,
} as const;

/** Closest two event markers may come in one lane, as a share of the axis (about 25 px at 1,000 px). */
export const LANE_GAP = 0.025;
/** The troop scene's gridlines. */
export const GRID_LEVELS = [25_000, 50_000, 75_000, 100_000] as const;
/** The SVG's user units per share. */
export const PLOT_SIZE = 1000;

/** Where an event comes from, drawn as the marker's shape: filled, ring, or hollow diamond. */
type EventSource = 'article' | 'background' | 'later';

/** What the chart needs of an event, from the story or from later reporting. */
export interface ChartEvent {
  readonly id: string;
  readonly date: IsoDate;
  readonly precision: DatePrecision;
  readonly title: string;
  readonly source: EventSource;
}

export const chartEventOf = (event: TimelineEvent): ChartEvent => ({
  id: event.id,
  date: event.date,
  precision: event.precision,
  title: event.title,
  source: event.inArticle ? 'article' : 'background',
});

export interface EventMark<E = TimelineEvent> {
  readonly event: E;
  readonly t: number;
  readonly c: number;
}

/** How markers are stacked: how close two may come in a lane, and how far apart the lanes are. */
export interface LaneLayout {
  readonly gap: number;
  readonly step: number;
}

export const STORY_LANES: LaneLayout = { gap: LANE_GAP, step: CROSS.laneStep };
/** Six lanes fit below the axis (the last at 0.96), for the August 2021 cluster. */
export const HINDSIGHT_LANES: LaneLayout = { gap: 0.016, step: 0.06 };

export interface EraMark {
  readonly era: TimelineEra;
  readonly from: number;
  readonly to: number;
  readonly band: readonly [number, number];
}

/** Event markers at their dates (in date order), stacked into lanes below the axis where they crowd. */
export const eventMarks = <E extends { readonly date: IsoDate }>(
  events: readonly E[],
  scale: (date: IsoDate) => number = focusContextScale,
  layout: LaneLayout = STORY_LANES,
): EventMark<E>[] => {
  const positions = events.map((event) => scale(event.date));
  const lanes = assignLanes(positions, layout.gap);
  return events.map((event, index) => ({
    event,
    t: positions[index] ?? 0,
    c: CROSS.firstLane + (lanes[index] ?? 0) * layout.step,
  }));
};

export const eraMarks = (eras: readonly TimelineEra[], scale: (date: IsoDate) => number = focusContextScale): EraMark[] =>
  eras.map((era) => ({
    era,
    from: scale(era.start),
    to: scale(era.end),
    band: era.track === 'mission' ? CROSS.missionBand : CROSS.agreementBand,
  }));

/** Inline custom properties that place an HTML element on the chart; CSS maps them to the orientation. */
export const placeAt = (t: number, c: number): CSSProperties =>
  ({ '--t': t.toFixed(4), '--c': c.toFixed(4) }) as CSSProperties;
