import type { CSSProperties } from 'react';
import type { TimelineEra, TimelineEvent } from '../../content/types';
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

export interface EventMark {
  readonly event: TimelineEvent;
  readonly t: number;
  readonly c: number;
}

export interface EraMark {
  readonly era: TimelineEra;
  readonly from: number;
  readonly to: number;
  readonly band: readonly [number, number];
}

/** Event markers at their dates, stacked into lanes below the axis where they crowd. */
export const eventMarks = (events: readonly TimelineEvent[]): EventMark[] => {
  const positions = events.map((event) => focusContextScale(event.date));
  const lanes = assignLanes(positions, LANE_GAP);
  return events.map((event, index) => ({
    event,
    t: positions[index] ?? 0,
    c: CROSS.firstLane + (lanes[index] ?? 0) * CROSS.laneStep,
  }));
};

export const eraMarks = (eras: readonly TimelineEra[]): EraMark[] =>
  eras.map((era) => ({
    era,
    from: focusContextScale(era.start),
    to: focusContextScale(era.end),
    band: era.track === 'mission' ? CROSS.missionBand : CROSS.agreementBand,
  }));

/** Inline custom properties that place an HTML element on the chart; CSS maps them to the orientation. */
export const placeAt = (t: number, c: number): CSSProperties =>
  ({ '--t': t.toFixed(4), '--c': c.toFixed(4) }) as CSSProperties;
