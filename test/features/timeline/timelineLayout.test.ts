// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { timelineUi } from '../../../src/content/timeline';
import { assignLanes, axisTicks, formatShortDate } from '../../../src/features/timeline/timelineLayout';

describe('assignLanes', () => {
  it('keeps markers at least the gap apart within a lane, using the lowest free lane', () => {
    expect(assignLanes([0, 0.01, 0.02, 0.05, 0.06, 0.2], 0.03)).toEqual([0, 1, 2, 0, 1, 0]);
    expect(assignLanes([], 0.03)).toEqual([]);
  });

  it('puts markers exactly one gap apart in the same lane', () => {
    expect(assignLanes([0.25, 0.5], 0.25)).toEqual([0, 0]);
  });
});

describe('axisTicks', () => {
  const ticks = axisTicks(timelineUi.monthsShort);

  it('runs in date order from January 2002 to April 2021', () => {
    const dates = ticks.map((tick) => tick.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('2002-01-01');
    expect(dates[dates.length - 1]).toBe('2021-04-01');
  });

  it('labels every other year before 2020, and each quarter in the expanded stretch', () => {
    const labels = ticks.flatMap((tick) => (tick.label === null ? [] : [tick.label]));
    expect(labels).toEqual([
      '2002', '2004', '2006', '2008', '2010', '2012', '2014', '2016', '2018', '2020',
      'Apr', 'Jul', 'Oct', '2021', 'Apr',
    ]);
    // Every month of the stretch has a tick: March 2020 to April 2021.
    expect(ticks.filter((tick) => tick.date >= '2020-02-01')).toHaveLength(14);
  });
});

describe('axisTicks on the hindsight axis', () => {
  it('runs on to August 2021, still labelling each quarter', () => {
    const ticks = axisTicks(timelineUi.monthsShort, '2021-09-01');
    expect(ticks.at(-1)?.date).toBe('2021-08-01');
    expect(ticks.flatMap((tick) => (tick.label === null ? [] : [tick.label])).slice(-4)).toEqual(['Oct', '2021', 'Apr', 'Jul']);
  });
});

describe('formatShortDate', () => {
  it('shortens dates at their precision', () => {
    expect(formatShortDate('2021-03-07', timelineUi.monthsShort)).toBe('Mar 7');
    expect(formatShortDate('2021-01', timelineUi.monthsShort)).toBe('Jan 2021');
    expect(formatShortDate('2010', timelineUi.monthsShort)).toBe('2010');
  });

});
