import { describe, expect, it } from 'vitest';
import { arrowHead, BAR_X, barWidth, CHIP, countryChip } from '../../../src/features/proposals/proposalsSceneLayout';

describe('the proposals graphic’s geometry', () => {
  it('lays the six summit countries out in two rows of three, apart and inside the 400-wide box', () => {
    const chips = Array.from({ length: 6 }, (_, index) => countryChip(index));
    expect(new Set(chips.map((chip) => chip.y)).size).toBe(2);
    for (const [index, chip] of chips.entries()) {
      expect(chip.x + CHIP.country).toBeLessThanOrEqual(400);
      const next = chips[index + 1];
      if (next !== undefined && next.y === chip.y) expect(next.x).toBeGreaterThan(chip.x + CHIP.country);
    }
    expect(chips[3]!.y).toBeGreaterThanOrEqual(chips[0]!.y + CHIP.height);
  });

  it('draws days to one scale, the longest bar (90 days) inside the box', () => {
    expect(barWidth(90)).toBe(300);
    expect(BAR_X + barWidth(90)).toBeLessThanOrEqual(400);
    expect(barWidth(55)).toBe(Math.round((55 * 300) / 90));
  });

  it('points an arrowhead at the line’s end, its corners behind it', () => {
    const [tip, ...corners] = arrowHead(0, 0, 100, 0).split(' ');
    expect(tip).toBe('100,0');
    for (const corner of corners) expect(Number(corner.split(',')[0])).toBeLessThan(100);
  });
});
