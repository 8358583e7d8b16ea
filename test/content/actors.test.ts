import { describe, expect, it } from 'vitest';
import { actors } from '../../src/content/actors';

// The validator (src/content/validate.ts) checks actors, groups and relations; these are the issue's own lists.
describe('actors content', () => {
  it('names everyone the issue lists', () => {
    const names = actors.map((a) => a.name).join(' | ');
    for (const name of [
      'Antony Blinken', 'Ashraf Ghani', 'Zalmay Khalilzad', 'Joe Biden', 'Dawa Khan Minhapal', 'Taliban',
      'Afghan government', 'State Department', 'United Nations', 'Russia', 'China', 'Pakistan', 'Iran', 'India',
      'Turkey', 'Qatar', 'TOLOnews', 'The New York Times', 'RFE/RL', 'AP', 'Reuters',
    ]) {
      expect(names).toContain(name);
    }
  });

  it('attributes Minhapal’s title to RFE/RL, the only source that gives it', () => {
    expect(actors.find((a) => a.id === 'minhapal')?.roleAttribution).toMatch(/according to RFE\/RL/);
  });
});
