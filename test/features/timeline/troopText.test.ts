// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { splitSource, troopPointName, troopSourceId } from '../../../src/features/timeline/troopText';

describe('troop text', () => {
  it('names a count by its date, at its precision, and its rounded figure', () => {
    expect(troopPointName({ date: '2021-01-15', troops: 2500, kind: 'snapshot', sources: ['x'] })).toBe(
      'January 15, 2021: 2,500 U.S. troops',
    );
    expect(troopPointName({ date: '2011-06', troops: 101000, kind: 'snapshot', sources: ['x'] })).toBe(
      'June 2011: 101,000 U.S. troops',
    );
  });

  it('splits a fact-sheet source into its name and the address of the copy read', () => {
    expect(splitSource("Reuters, 'Title' (Jan 15, 2021) — https://example.org/a")).toEqual({
      label: "Reuters, 'Title' (Jan 15, 2021)",
      address: ' — https://example.org/a',
    });
    expect(splitSource('CNN report, read as quoted at https://example.org/b')).toEqual({
      label: 'CNN report, read as quoted at https://example.org/b',
      address: '',
    });
  });

  it('gives each source of each count its own id', () => {
    expect(troopSourceId(':r1:', 3, 0)).not.toBe(troopSourceId(':r1:', 3, 1));
  });
});
