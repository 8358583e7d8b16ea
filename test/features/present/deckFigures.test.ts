import { describe, expect, it } from 'vitest';
import type { TroopPoint } from '../../../src/content/types';
import { countdownDays, roundToTwoFigures, troopDrawdown } from '../../../src/features/present/deckFigures';

const point = (date: string, troops: number, kind: TroopPoint['kind'] = 'snapshot'): TroopPoint => ({ date, troops, kind, sources: [] });

describe('deckFigures', () => {
  it('counts the days from the story’s "as of" to the deadline, and any two dates', () => {
    expect(countdownDays()).toBe(55);
    expect(countdownDays('2021-04-30', '2021-05-01')).toBe(1);
  });

  it('rounds to two significant figures', () => {
    expect(roundToTwoFigures(101_000)).toBe(100_000);
    expect(roundToTwoFigures(2_500)).toBe(2_500);
    expect(roundToTwoFigures(94_000)).toBe(94_000);
    expect(roundToTwoFigures(0)).toBe(0);
  });

  it('takes the peak and the last count before the "as of" date from the troop data', () => {
    expect(troopDrawdown()).toEqual({
      peak: { troops: 100_000, isRounded: true, years: ['2010', '2011'] },
      latest: { troops: 2_500, date: '2021-01-15' },
    });
  });

  it('uses snapshots only, ignores counts after the "as of" date, and says when the peak is exact', () => {
    const points = [point('2010', 50_000), point('2011', 80_000, 'announced-target'), point('2012', 40_000), point('2022', 1)];
    expect(troopDrawdown(points, '2021-03-07')).toEqual({
      peak: { troops: 50_000, isRounded: false, years: ['2010'] },
      latest: { troops: 40_000, date: '2012' },
    });
    expect(troopDrawdown([], '2021-03-07')).toBeNull();
  });
});
