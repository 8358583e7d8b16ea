// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { content } from '../../src/content/content';
import { resolveTroopSources, troopPoints, troopSources } from '../../src/content/troops';
import type { ContentBundle, TroopPoint, TroopPointKind } from '../../src/content/types';
import { validateContent } from '../../src/content/validate';

interface SheetPoint {
  readonly date: string;
  readonly troops: number;
  readonly kind: string;
  readonly note: string;
  readonly sources: readonly string[];
}

// Read from disk, not imported: an import of the sheet goes through the troopFacts() Vite plugin, part of what is checked.
const SHEET = new URL('../../src/content/facts/us-troop-levels.json', import.meta.url);
const sheetText = readFileSync(SHEET, 'utf8');
const sheet = JSON.parse(sheetText) as SheetPoint[];
// Only where the shared folder sits beside the repository (not on CI, whose clone has none): then it must match.
const SHARED = new URL('../../../shared/facts/us-troop-levels.json', import.meta.url);

describe('troopPoints and troopSources', () => {
  it('hold every point of the fact sheet, in order: its date, count, kind, and its sources resolved to the sheet’s texts', () => {
    expect(
      troopPoints.map((point) => ({ ...point, sources: resolveTroopSources(point.sources).map((source) => source.text) })),
    ).toEqual(sheet.map(({ date, troops, kind, sources }) => ({ date, troops, kind, sources })));
    expect(troopPoints).toHaveLength(52);
  });

  it('list each distinct source once (97 for the sheet’s 135 mentions), every one of them named by a point', () => {
    expect(sheet.flatMap((point) => point.sources)).toHaveLength(135);
    expect(troopSources.map((source) => source.text)).toEqual([...new Set(sheet.flatMap((point) => point.sources))]);
    expect(troopSources).toHaveLength(97);
    expect(new Set(troopSources.map((source) => source.id)).size).toBe(97);
    expect(new Set(troopPoints.flatMap((point) => point.sources)).size).toBe(97);
  });

  it('keep only what the site shows: no point carries the sheet’s notes', () => {
    for (const point of troopPoints) expect(Object.keys(point).sort()).toEqual(['date', 'kind', 'sources', 'troops']);
  });

  it.skipIf(!existsSync(SHARED))('come from a verbatim copy of ../shared/facts/us-troop-levels.json', () => {
    expect(sheetText).toBe(readFileSync(SHARED, 'utf8'));
  });
});

describe('the troop rules in validateContent', () => {
  const withTroops = (change: Partial<Pick<ContentBundle, 'troops' | 'troopSources'>>) => validateContent({ ...content, ...change });
  const [first, ...rest] = troopPoints as [TroopPoint, ...TroopPoint[]];
  const troopIssues = (bundle: ContentBundle) => validateContent(bundle).filter((issue) => issue.item.startsWith('troop'));

  it('pass the fact sheet as it is', () => {
    expect(troopIssues(content)).toEqual([]);
  });

  it('name a point whose source id is not in the list', () => {
    expect(withTroops({ troops: [{ ...first, sources: [...first.sources, 'troop-source-98'] }, ...rest] })).toContainEqual({
      item: 'troops[0]',
      field: 'sources',
      message: 'unknown troop source "troop-source-98"',
    });
  });

  it('name a point with an unknown kind or an invalid date', () => {
    const issues = withTroops({ troops: [{ ...first, kind: 'estimate' as TroopPointKind, date: '2020-02-30' }, ...rest] });
    expect(issues).toContainEqual(expect.objectContaining({ item: 'troops[0]', field: 'kind', message: expect.stringMatching(/^unknown kind "estimate"/) }));
    expect(issues).toContainEqual(expect.objectContaining({ item: 'troops[0]', field: 'date' }));
  });

  it('name a source no point uses, and a source listed twice', () => {
    const unused = { id: 'troop-source-98', text: 'Nobody cites this' } as const;
    const copy = { id: 'troop-source-99', text: troopSources[0]!.text } as const;
    expect(withTroops({ troopSources: [...troopSources, unused, copy] })).toEqual(
      expect.arrayContaining([
        { item: 'troopSources/troop-source-98', field: 'id', message: 'no troop point names this source' },
        { item: 'troopSources/troop-source-99', field: 'text', message: 'same text as "troop-source-1"' },
      ]),
    );
    expect(withTroops({ troopSources: [...troopSources, troopSources[0]!] })).toContainEqual({
      item: 'troopSources/troop-source-1',
      field: 'id',
      message: 'duplicate id "troop-source-1"',
    });
  });
});
