import { describe, expect, it } from 'vitest';
import type { TroopPoint } from '../../../src/content/types';
import { timelineUi } from '../../../src/content/timeline';
import { focusNote, gridLabel, peakPoint, troopMarkerText } from '../../../src/features/timeline/troopLabels';

const point = (date: string, troops: number): TroopPoint => ({ date, troops, kind: 'snapshot', sources: [] });

describe('troopLabels', () => {
  it('finds the highest count, the earlier of two equal ones, and none in an empty series', () => {
    const first = point('2010-12-03', 100_000);
    expect(peakPoint([point('2009-08', 62_000), first, point('2011-06', 100_000)])).toBe(first);
    expect(peakPoint([])).toBeNull();
  });

  it('names a count with its month and year, from the copy template', () => {
    expect(troopMarkerText(timelineUi.peakMarker, point('2011-06', 101_000))).toBe('Peak: 101,000 (Jun 2011)');
  });

  it('writes gridline values in thousands and says how much wider the last months are drawn', () => {
    expect(gridLabel(25_000)).toBe('25k');
    expect(focusNote).toMatch(/^Last 15 months drawn \d+ times wider$/);
  });
});
