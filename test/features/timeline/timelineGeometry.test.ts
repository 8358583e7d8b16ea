// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { timelineEras, timelineEvents } from '../../../src/content/timeline';
import { hindsightLayer } from '../../../src/content/hindsightLayer';
import { CROSS, HINDSIGHT_LANES, LANE_GAP, eraMarks, eventMarks, placeAt } from '../../../src/features/timeline/timelineGeometry';
import { hindsightChart, storyChart } from '../../../src/features/timeline/timelineModel';
import { laterRows } from '../../../src/features/timeline/timelineRows';

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

describe('the hindsight chart', () => {
  const chart = hindsightChart(laterRows(hindsightLayer));

  it('keeps the story’s chart as it was, and places the later events up to August 31 in at most six lanes inside the chart', () => {
    expect(storyChart.marks.map((mark) => [mark.event.id, mark.t, mark.c])).toEqual(eventMarks(timelineEvents).map((mark) => [mark.event.id, mark.t, mark.c]));
    expect(chart.marks.filter((mark) => mark.event.source === 'later')).toHaveLength(hindsightLayer.events.filter((e) => e.date <= '2021-08-31').length);
    for (const mark of chart.marks) expect(mark.c).toBeLessThanOrEqual(0.98 + 1e-9);
    const lanes = new Map<number, number[]>();
    for (const mark of chart.marks) lanes.set(mark.c, [...(lanes.get(mark.c) ?? []), mark.t]);
    for (const positions of lanes.values()) {
      positions.slice(1).forEach((t, index) => expect(t - positions[index]!).toBeGreaterThanOrEqual(HINDSIGHT_LANES.gap - 1e-9));
    }
    // The deadline stays marked, before the end of the axis.
    expect(chart.deadline).toBeLessThan(0.9);
  });
});

describe('era marks', () => {
  it('keeps the bands, the as-of label and the countdown bracket above the axis, in that order', () => {
    expect(CROSS.missionBand[1]).toBeLessThanOrEqual(CROSS.agreementBand[0]);
    expect(CROSS.agreementBand[1]).toBeLessThan(CROSS.asOfLabel);
    expect(CROSS.asOfLabel).toBeLessThan(CROSS.bracket);
    expect(CROSS.bracket).toBeLessThan(CROSS.axis);
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
