// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { timelineEras, timelineEvents } from '../../../src/content/timeline';
import {
  CROSS,
  LANE_GAP,
  eraMarks,
  eventMarks,
  placeAt,
  troopDepth,
  troopMarks,
} from '../../../src/features/timeline/timelineGeometry';
import { snapshotSeries } from '../../../src/features/timeline/troopSeries';

describe('eventMarks', () => {
  const marks = eventMarks(timelineEvents);

  it('places every event below the axis, inside the chart', () => {
    for (const mark of marks) {
      expect(mark.c).toBeGreaterThan(CROSS.axis);
      expect(mark.c).toBeLessThanOrEqual(0.98 + 1e-9);
    }
  });

  it('never puts two markers of one lane closer than the lane gap', () => {
    const lanes = new Map<number, number[]>();
    for (const mark of marks) lanes.set(mark.c, [...(lanes.get(mark.c) ?? []), mark.t]);
    for (const positions of lanes.values()) {
      positions.slice(1).forEach((t, index) => expect(t - positions[index]!).toBeGreaterThanOrEqual(LANE_GAP - 1e-9));
    }
  });
});

describe('troop and era marks', () => {
  it('puts zero troops on the axis and the maximum at the top of the troop area', () => {
    expect(troopDepth(0, 101_000)).toBe(CROSS.axis);
    expect(troopDepth(101_000, 101_000)).toBeCloseTo(CROSS.troopTop, 10);
    expect(troopDepth(5, 0)).toBe(CROSS.axis);
    const marks = troopMarks(snapshotSeries(), 101_000);
    expect(marks.every((mark) => mark.c >= CROSS.troopTop - 1e-9 && mark.c <= CROSS.axis)).toBe(true);
  });

  it('draws mission phases and the Doha timetable on separate rows, each ending after it starts', () => {
    const marks = eraMarks(timelineEras);
    expect(marks.map((mark) => mark.band)).toEqual([CROSS.missionBand, CROSS.missionBand, CROSS.agreementBand]);
    expect(marks.every((mark) => mark.to > mark.from)).toBe(true);
  });

  it('writes positions as fixed-precision custom properties, identical on server and client', () => {
    expect(placeAt(0.5, 1 / 3)).toEqual({ '--t': '0.5000', '--c': '0.3333' });
  });
});
