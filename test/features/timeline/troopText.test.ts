// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { resolveTroopSources } from '../../../src/content/troops';
import { latestDateIn, splitSource, storySources } from '../../../src/features/timeline/troopText';
import { snapshotSeries } from '../../../src/features/timeline/troopSeries';

describe('troop text', () => {
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

  it('reads the latest date a source’s name gives, a bare month counting as its last day', () => {
    expect(latestDateIn("Dawn (Anwar Iqbal), 'US has more troops' (Mar 15, 2021)")).toBe('2021-03-15');
    expect(latestDateIn('Stars and Stripes, report on the New York Times story (Mar 2021)')).toBe('2021-03-31');
    expect(latestDateIn("Xinhua, report on Biden's Apr 14, 2021 remarks (Apr 15, 2021)")).toBe('2021-04-15');
    expect(latestDateIn("'Timeline' (Sept 8, 2019; original outlet not named)")).toBe('2019-09-08');
    expect(latestDateIn("ABC News, 'Afghanistan US Troop Exit May Be Rapid' (Jan 2013)")).toBe('2013-01-31');
    expect(latestDateIn("'15 Years of War: a timeline of troops in Afghanistan' (July 2016)")).toBe('2016-07-31');
    expect(latestDateIn('U.S. to go down to 2,500 troops by early 2021')).toBeNull();
  });

  it('shows only sources out by March 7, 2021: three later reports of the January 2021 count are left out', () => {
    const snapshots = snapshotSeries();
    const dropped = snapshots.flatMap((point) =>
      resolveTroopSources(point.sources).filter((source) => !storySources(point).includes(source)),
    );
    expect(dropped.map((source) => source.text.slice(0, 30))).toEqual([
      'Stars and Stripes, report on t',
      'Dawn (Anwar Iqbal), \'US has mo',
      'Associated Press via Daily Mai',
    ]);
    for (const point of snapshots) expect(storySources(point).length, point.date).toBeGreaterThan(0);
  });
});
