// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { timelineEvents } from '../../../src/content/timeline';
import {
  AXIS_END,
  AXIS_START,
  FOCUS_SHARE,
  FOCUS_START,
  focusContextScale,
  focusMagnification,
  frameScale,
  HINDSIGHT_FRAME,
  linearScale,
  monthsBetween,
  piecewiseScale,
  timeOf,
} from '../../../src/features/timeline/timelineScale';

const DAY = 86_400_000;
const dayAfter = (date: string, days: number) => new Date(timeOf(date) + days * DAY).toISOString().slice(0, 10);

describe('timeOf', () => {
  it('places coarse dates at their middle', () => {
    expect(timeOf('2010')).toBe(Date.UTC(2010, 6, 1));
    expect(timeOf('2010-06')).toBe(Date.UTC(2010, 5, 15));
    expect(timeOf('2021-05-01')).toBe(Date.UTC(2021, 4, 1));
  });
});

describe('focusContextScale', () => {
  it('maps the axis ends to 0 and 1, and the start of the expanded stretch to 1 − its share', () => {
    expect(focusContextScale(AXIS_START)).toBe(0);
    expect(focusContextScale(AXIS_END)).toBe(1);
    expect(focusContextScale(FOCUS_START)).toBeCloseTo(1 - FOCUS_SHARE, 10);
  });

  it('clamps dates outside the axis to its ends', () => {
    expect(focusContextScale('1999-01-01')).toBe(0);
    expect(focusContextScale('2021-09-11')).toBe(1);
  });

  it('is proportional to time inside each stretch', () => {
    // Halfway in time is halfway along each piece.
    const contextMiddle = new Date((timeOf(AXIS_START) + timeOf(FOCUS_START)) / 2).toISOString().slice(0, 10);
    expect(focusContextScale(contextMiddle)).toBeCloseTo((1 - FOCUS_SHARE) / 2, 3);
    const focusMiddle = new Date((timeOf(FOCUS_START) + timeOf(AXIS_END)) / 2).toISOString().slice(0, 10);
    expect(focusContextScale(focusMiddle)).toBeCloseTo(1 - FOCUS_SHARE / 2, 3);
  });

  it('draws a day in the last 15 months about twelve times wider than a day before them', () => {
    const contextDay = focusContextScale(dayAfter('2010-01-01', 1)) - focusContextScale('2010-01-01');
    const focusDay = focusContextScale(dayAfter('2021-01-01', 1)) - focusContextScale('2021-01-01');
    expect(focusDay / contextDay).toBeCloseTo(focusMagnification(), 6);
    expect(Math.round(focusMagnification())).toBe(12);
    expect(monthsBetween(FOCUS_START, AXIS_END)).toBe(15);
  });

  it('keeps the dense January–March 2021 events apart: the letter sits 0.05 of the axis after the 2,500 announcement', () => {
    expect(focusContextScale('2021-03-07') - focusContextScale('2021-01-15')).toBeGreaterThan(0.05);
    // On a plain linear axis the same 51 days would take less than 0.01.
    const linear = linearScale(AXIS_START, AXIS_END, [0, 1]);
    expect(linear('2021-03-07') - linear('2021-01-15')).toBeLessThan(0.01);
  });

  it('orders every event along the axis as it orders their dates', () => {
    const positions = timelineEvents.map((event) => focusContextScale(event.date));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(positions[0]).toBeGreaterThan(0);
    expect(positions[positions.length - 1]).toBe(1);
  });
});

describe('the hindsight axis', () => {
  it('runs on to August 31, 2021, its last 19 months drawn wider still, the story’s dates kept in order', () => {
    const scale = frameScale(HINDSIGHT_FRAME);
    expect(scale(AXIS_START)).toBe(0);
    expect(scale('2021-08-31')).toBeLessThan(1);
    expect(scale('2021-09-07')).toBe(1);
    expect(scale(FOCUS_START)).toBeCloseTo(1 - HINDSIGHT_FRAME.focusShare, 10);
    expect(monthsBetween(FOCUS_START, HINDSIGHT_FRAME.end)).toBe(19);
    expect(Math.round(focusMagnification(HINDSIGHT_FRAME))).toBe(17);
    expect(scale('2021-05-01')).toBeLessThan(scale('2021-08-30'));
  });
});

describe('piecewiseScale and linearScale', () => {
  it('interpolate between stops and map into a pixel range', () => {
    const scale = piecewiseScale([
      { date: '2000-01-01', at: 0 },
      { date: '2000-01-11', at: 0.5 },
      { date: '2000-01-21', at: 1 },
    ]);
    expect(scale('2000-01-06')).toBeCloseTo(0.25, 10);
    expect(scale('2000-01-16')).toBeCloseTo(0.75, 10);
    expect(piecewiseScale([])('2000-01-01')).toBe(0);
    expect(linearScale('2000-01-01', '2000-01-11', [100, 200])('2000-01-06')).toBeCloseTo(150, 10);
  });
});
