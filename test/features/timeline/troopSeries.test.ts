// @vitest-environment node
import { describe, expect, it } from 'vitest';
import facts from '../../../src/content/facts/us-troop-levels.json';
import { areaPath, maxTroops, nearestPoint, snapshotSeries } from '../../../src/features/timeline/troopSeries';

describe('snapshotSeries', () => {
  it('keeps the fact sheet’s dated counts only (no fiscal-year averages, no targets), in time order', () => {
    const series = snapshotSeries();
    expect(series.map((p) => [p.date, p.troops])).toEqual(
      facts.filter((f) => f.kind === 'snapshot').map((f) => [f.date, f.troops]),
    );
    expect(series.every((p) => p.kind === 'snapshot' && p.sources.length > 0)).toBe(true);
    expect(maxTroops(series)).toBe(101_000);
  });
});

describe('nearestPoint', () => {
  const series = snapshotSeries();

  it('finds the count closest in time to a date', () => {
    expect(nearestPoint(series, '2021-03-07')?.date).toBe('2021-01-15');
    expect(nearestPoint(series, '2001-10-07')?.date).toBe('2001-11');
    expect(nearestPoint(series, '2010')?.troops).toBe(94_000);
  });

  it('prefers the earlier count on a tie and returns null for no counts', () => {
    const two = [
      { date: '2020-01-01', troops: 1, kind: 'snapshot', sources: ['troop-source-1'] },
      { date: '2020-01-03', troops: 2, kind: 'snapshot', sources: ['troop-source-2'] },
    ] as const;
    expect(nearestPoint(two, '2020-01-02')?.troops).toBe(1);
    expect(nearestPoint([], '2020-01-02')).toBeNull();
  });
});

describe('areaPath', () => {
  it('draws the line through every point and closes the area along the baseline', () => {
    const points = [
      { date: '2001', troops: 0, kind: 'snapshot', sources: ['troop-source-1'] },
      { date: '2002', troops: 10, kind: 'snapshot', sources: ['troop-source-2'] },
    ] as const;
    const path = areaPath(points, (date) => (date === '2001' ? 0 : 100), (troops) => 50 - troops);
    expect(path).toBe('M0.0,50.0 L100.0,40.0 L100.0,50.0 L0.0,50.0 Z');
    expect(areaPath([], () => 0, () => 0)).toBe('');
  });
});
