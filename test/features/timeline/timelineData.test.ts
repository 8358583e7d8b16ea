// @vitest-environment node
import { describe, expect, it } from 'vitest';
import facts from '../../../src/content/facts/us-troop-levels.json';
import { hindsightLayer } from '../../../src/content/hindsightLayer';
import { timelineEvents } from '../../../src/content/timeline';
import { DATA_FILES, HINDSIGHT_FILE_NAMES, csvField, timelineDataFiles, toCsv } from '../../../src/features/timeline/timelineData';

/** A small RFC 4180 reader, enough to read back what the generator writes. */
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), (i += 1);
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(field), (field = '');
    else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      (row = []), (field = ''), (i += 1);
    } else field += char;
  }
  return rows;
};

const file = (name: string) => timelineDataFiles().find((f) => f.fileName === name)!.source;

describe('csvField and toCsv', () => {
  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(-1)).toBe('-1');
    expect(csvField(null)).toBe('');
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});

describe('timelineDataFiles', () => {
  it('writes the four files the page links to', () => {
    expect(timelineDataFiles().map((f) => f.fileName).sort()).toEqual(Object.values(DATA_FILES).sort());
  });

  it('events CSV: one row per event, in order, each with its citations and resolved sources', () => {
    const [header, ...rows] = parseCsv(file(DATA_FILES.eventsCsv));
    expect(header).toEqual(['id', 'date', 'precision', 'title', 'summary', 'source_type', 'cites', 'sources']);
    expect(rows.map((r) => r[0])).toEqual(timelineEvents.map((e) => e.id));
    expect(rows.map((r) => r[1])).toEqual(timelineEvents.map((e) => e.date));
    for (const row of rows) {
      expect(row).toHaveLength(8);
      expect(row[6]!.length).toBeGreaterThan(0);
      expect(row[7]!.split(' | ').length).toBe(row[6]!.split('; ').length);
    }
    const war = rows.find((r) => r[0] === 'war-begins')!;
    expect(war[5]).toBe('article');
    expect(war[7]).toContain('RFE/RL ¶4: “The "unusually blunt" letter');
  });

  it('troops CSV and JSON: the charted counts, exactly as in the fact sheet, each with its sources and their kind', () => {
    const snapshots = facts.filter((f) => f.kind === 'snapshot');
    // A count backed partly by reports dated after March 7, 2021 is marked later reporting (issue #14): only January 2021's.
    const kindOf = (sources: readonly string[]) => (sources.some((s) => /\((Mar|Apr) (\d+, )?2021\)/.test(s)) ? 'later' : 'background');
    expect(snapshots.filter((f) => kindOf(f.sources) === 'later').map((f) => f.date)).toEqual(['2021-01-15']);
    const [header, ...rows] = parseCsv(file(DATA_FILES.troopsCsv));
    expect(header).toEqual(['date', 'troops', 'kind', 'source_type', 'sources']);
    expect(rows.map((r) => [r[0], Number(r[1]), r[2], r[3], r[4]!.split(' | ')])).toEqual(
      snapshots.map((f) => [f.date, f.troops, f.kind, kindOf(f.sources), f.sources]),
    );
    const json = JSON.parse(file(DATA_FILES.troopsJson));
    expect(json.as_of).toBe('2021-03-07');
    expect(json.caveats.length).toBeGreaterThan(0);
    expect(Object.keys(json.source_type)).toEqual(['article', 'background', 'later']);
    expect(json.points).toEqual(
      snapshots.map(({ date, troops, kind, sources }) => ({ date, troops, kind, source_type: kindOf(sources), sources })),
    );
  });

  it('with hindsight: the same files with the later events and troop figures added, marked later, gaps left empty', () => {
    const files = timelineDataFiles(hindsightLayer);
    const later = (name: string) => files.find((f) => f.fileName === name)!.source;
    expect(files.map((f) => f.fileName)).toEqual(Object.values(HINDSIGHT_FILE_NAMES));
    const [header, ...rows] = parseCsv(later(HINDSIGHT_FILE_NAMES.eventsCsv));
    expect(header).toEqual(['id', 'date', 'precision', 'title', 'summary', 'source_type', 'cites', 'sources']);
    expect(rows.map((r) => r[0])).toEqual([...timelineEvents, ...hindsightLayer.events].map((e) => e.id));
    const laterRows = rows.slice(timelineEvents.length);
    expect(laterRows.every((r) => r[5] === 'later' && r[6]!.startsWith('later:') && r[7]!.split(' | ').length === r[6]!.split('; ').length)).toBe(true);
    expect(rows.slice(0, timelineEvents.length).every((r) => r[5] === 'article' || r[5] === 'background')).toBe(true);

    const [troopHeader, ...troopRows] = parseCsv(later(HINDSIGHT_FILE_NAMES.troopsCsv));
    expect(troopHeader).toEqual(['date', 'troops', 'kind', 'source_type', 'sources', 'note']);
    const laterTroops = troopRows.slice(-hindsightLayer.troops.length);
    expect(laterTroops.map((r) => [r[0], r[1] === '' ? null : Number(r[1]), r[2], r[3]])).toEqual(
      hindsightLayer.troops.map((p) => [p.date, p.troops, p.kind, 'later']),
    );
    expect(laterTroops.filter((r) => r[1] === '')).toHaveLength(7);
    const json = JSON.parse(later(HINDSIGHT_FILE_NAMES.troopsJson));
    const nulls = json.points.filter((p: { troops: number | null }) => p.troops === null);
    expect(nulls).toHaveLength(7);
    expect(nulls.every((p: { source_type: string; note: string }) => p.source_type === 'later' && p.note.startsWith('No count published'))).toBe(true);
  });

  it('events JSON: the same events, with where each comes from', () => {
    const json = JSON.parse(file(DATA_FILES.eventsJson));
    expect(json.events.map((e: { id: string }) => e.id)).toEqual(timelineEvents.map((e) => e.id));
    expect(json.events.every((e: { sources: string[] }) => e.sources.length > 0)).toBe(true);
  });
});
