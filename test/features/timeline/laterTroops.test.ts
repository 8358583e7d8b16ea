// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hindsightLayer } from '../../../src/content/hindsightLayer';
import type { HindsightTroopPoint } from '../../../src/content/types';
import { laterTroopParts, runPath } from '../../../src/features/timeline/laterTroops';

const point = (date: string, troops: number | null, kind: HindsightTroopPoint['kind'] = 'official'): HindsightTroopPoint => ({
  date,
  troops,
  kind,
  note: '',
  cites: [],
});

describe('laterTroopParts', () => {
  it('breaks the line at a figure with no count, and never joins a target to it', () => {
    const parts = laterTroopParts([
      point('2021-04-14', 2500),
      point('2021-05-04', null),
      point('2021-05-11', null),
      point('2021-06-24', 650, 'target'),
      point('2021-07-12', 650, 'reported'),
      point('2021-08-30', 0),
    ]);
    expect(parts.runs.map((run) => run.map((p) => p.date))).toEqual([['2021-04-14'], ['2021-07-12', '2021-08-30']]);
    expect(parts.gaps).toEqual([{ from: '2021-05-04', to: '2021-05-11' }]);
    expect(parts.targets.map((p) => p.troops)).toEqual([650]);
    expect(runPath(parts.runs[1]!, (d) => Number(d.slice(8)), (t) => t / 10)).toBe('M12.0,65.0 L30.0,0.0');
  });

  it('draws the real figures: one gap from May 4 to July 6, 2021, and every count exactly once', () => {
    const parts = laterTroopParts(hindsightLayer.troops);
    expect(parts.gaps).toEqual([{ from: '2021-05-04', to: '2021-07-06' }]);
    const drawn = [...parts.runs.flat(), ...parts.targets];
    expect(drawn).toHaveLength(hindsightLayer.troops.filter((p) => p.troops !== null).length);
  });
});
