// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TROOP_FACT_SHEET, troopFactsModule } from '../../../scripts/vite/troopFacts';
import { withSsrModule } from '../../../scripts/vite/ssrModule';
import imported from '../../../src/content/facts/us-troop-levels.json';
import * as troops from '../../../src/content/troops';

const sheetText = readFileSync(TROOP_FACT_SHEET, 'utf8');
const sheet = JSON.parse(sheetText) as { date: string; troops: number; kind: string; note: string; sources: string[] }[];
const picked = sheet.map(({ date, troops, kind, sources }) => ({ date, troops, kind, sources }));

describe('troopFactsModule', () => {
  const code = troopFactsModule(sheetText);

  it('writes each distinct source text once, and none of the notes', () => {
    const texts = [...new Set(sheet.flatMap((point) => point.sources))];
    expect(texts).toHaveLength(97);
    for (const text of texts) expect(code.split(JSON.stringify(text)).length - 1, text).toBe(1);
    for (const { note } of sheet) expect(code).not.toContain(JSON.stringify(note).slice(1, -1));
    expect(code.length).toBeLessThan(sheetText.length / 2);
  });

  it('refuses a sheet that is not a list of points, naming the point at fault', () => {
    expect(() => troopFactsModule('{}')).toThrow(/not a list of points/);
    expect(() => troopFactsModule('[{"date":"2001","troops":1,"kind":"snapshot","sources":["a"]},{"date":"2002"}]')).toThrow(/point 1 /);
  });
});

describe('the troopFacts Vite plugin', { timeout: 60_000 }, () => {
  it('serves every import of the fact sheet as the slim module: the sheet’s points, less their notes', () => {
    expect(imported).toEqual(picked);
    expect(imported[0]).not.toHaveProperty('note');
  });

  it('gives the site the same troop data as the JSON itself does where no plugin runs (the build steps’ SSR loader)', async () => {
    const unbundled = await withSsrModule<typeof troops, Pick<typeof troops, 'troopPoints' | 'troopSources'>>(
      process.cwd(),
      '/src/content/troops.ts',
      ({ troopPoints, troopSources }) => ({ troopPoints, troopSources }),
    );
    expect(unbundled.troopPoints).toEqual(troops.troopPoints);
    expect(unbundled.troopSources).toEqual(troops.troopSources);
    expect(unbundled.troopSources).toHaveLength(97);
  });
});
