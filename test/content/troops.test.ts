import { describe, expect, it } from 'vitest';
import facts from '../fixtures/facts/us-troop-levels.json';
import { troopPoints } from '../../src/content/troops';

// test/fixtures/facts/ holds verbatim copies of ../shared/facts/*.json.
describe('troopPoints', () => {
  it('matches the fact sheet point for point: date, value, kind and sources', () => {
    expect(troopPoints.map(({ date, troops, kind, sources }) => ({ date, troops, kind, sources }))).toEqual(
      facts.map(({ date, troops, kind, sources }) => ({ date, troops, kind, sources })),
    );
  });
});
