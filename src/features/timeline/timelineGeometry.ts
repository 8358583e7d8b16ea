import type { CSSProperties } from 'react';
import type { TimelineEra, TimelineEvent, TroopPoint } from '../../content/types';
import { assignLanes } from './timelineLayout';
import { focusContextScale } from './timelineScale';
import { areaPath } from './troopSeries';

/**
 * Where things sit across the time axis, as shares of the chart's depth
 * (top to bottom when the axis is horizontal; CSS turns the whole chart a
 * quarter turn when it is vertical). The SVG draws in a 1000 × 1000 box with
 * the same shares, so shapes and HTML labels line up in both orientations.
 */
export const CROSS = {
  missionBand: [0, 0.075],
  agreementBand: [0.09, 0.155],
  troopTop: 0.22,
  axis: 0.6,
  firstLane: 0.78,
  laneStep: 0.05,
  /** The "as of" label and the countdown bracket sit where the troop area is nearly empty (2021). */
  asOfLabel: 0.31,
  bracket: 0.47,
} as const;

/** Closest two event markers may come in one lane, as a share of the axis (about 25 px at 1,000 px). */
export const LANE_GAP = 0.025;
export const GRID_LEVELS = [25_000, 50_000, 75_000, 100_000] as const;
/** The SVG's user units per share. */
export const PLOT_SIZE = 1000;

export interface EventMark {
  readonly event: TimelineEvent;
  readonly t: number;
  readonly c: number;
}

export interface TroopMark {
  readonly point: TroopPoint;
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

/** Depth of a troop level: the axis for zero, `troopTop` for the series' maximum. */
export const troopDepth = (troops: number, max: number): number =>
  CROSS.axis - (max > 0 ? troops / max : 0) * (CROSS.axis - CROSS.troopTop);

export const troopMarks = (series: readonly TroopPoint[], max: number): TroopMark[] =>
  series.map((point) => ({ point, t: focusContextScale(point.date), c: troopDepth(point.troops, max) }));

export const eraMarks = (eras: readonly TimelineEra[]): EraMark[] =>
  eras.map((era) => ({
    era,
    from: focusContextScale(era.start),
    to: focusContextScale(era.end),
    band: era.track === 'mission' ? CROSS.missionBand : CROSS.agreementBand,
  }));

/** The troop area in the SVG's 1000 × 1000 box. */
export const troopAreaPath = (series: readonly TroopPoint[], max: number): string =>
  areaPath(
    series,
    (date) => focusContextScale(date) * PLOT_SIZE,
    (troops) => troopDepth(troops, max) * PLOT_SIZE,
  );

/** Inline custom properties that place an HTML element on the chart; CSS maps them to the orientation. */
export const placeAt = (t: number, c: number): CSSProperties =>
  ({ '--t': t.toFixed(4), '--c': c.toFixed(4) }) as CSSProperties;
