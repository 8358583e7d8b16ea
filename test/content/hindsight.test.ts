// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveLaterCite, resolveLaterCites } from '../../src/content/laterCites';
import { hindsight } from '../../src/content/check';
import { content } from '../../src/content/content';
import {
  actorFates,
  deadlineFate,
  hindsightEvents,
  hindsightSteps,
  hindsightTroops,
  hindsightUi,
  proposalFates,
  unknownAnswers,
} from '../../src/content/hindsight';
import { laterSources } from '../../src/content/laterSources';
import { storySections } from '../../src/content/story';
import type { LaterCite, LaterSource } from '../../src/content/types';
import { validateHindsight } from '../../src/content/validate';

interface Sourced {
  readonly sources: readonly string[];
}
interface Sheet {
  readonly events: readonly (Sourced & { date: string; precision: string; title: string })[];
  readonly proposals: readonly (Sourced & { n: number })[];
  readonly actors: readonly (Sourced & { name: string })[];
  readonly openQuestions: readonly (Sourced & { question: string })[];
  readonly troops: readonly (Sourced & { date: string; count: number | null; kind: string })[];
}

// The later fact sheet: a verbatim copy of ../shared/facts/after-march-2021.json, so a clean clone checks it too.
const SHEET = new URL('../fixtures/facts/after-march-2021.json', import.meta.url);
const sheet = JSON.parse(readFileSync(SHEET, 'utf8')) as Sheet;

/** The sheet names a report as `Publisher: "Title" (Date) — address`; quotation marks are dropped when comparing titles. */
const unquote = (text: string): string => text.replaceAll('"', '');
const namesSource = (text: string, source: LaterSource): boolean =>
  unquote(text).startsWith(unquote(source.publisher)) &&
  unquote(text).includes(unquote(source.title)) &&
  (source.date === undefined || text.includes(`(${source.date})`)) &&
  (source.url === undefined ? !text.includes('http') : text.endsWith(` — ${source.url}`));

const laterById = new Map<string, LaterSource>(laterSources.map((source) => [source.id, source]));
/** The sheet's own line for a cite, found by matching every field of the registered source. */
const sheetLine = (lines: readonly string[], cite: LaterCite): string | undefined => {
  const source = laterById.get(cite);
  return source === undefined ? undefined : lines.find((line) => namesSource(line, source));
};
const expectCitesFrom = (item: string, cites: readonly LaterCite[], sources: readonly string[]): void => {
  for (const cite of cites) expect(sheetLine(sources, cite), `${item}: ${cite}`).toBeDefined();
};

/** actors.ts ids for the names the sheet uses (Abdullah Abdullah is not an actor of the article). */
const ACTOR_NAMES: Readonly<Record<string, string>> = {
  ghani: 'Ashraf Ghani',
  khalilzad: 'Zalmay Khalilzad',
  blinken: 'Antony Blinken',
  biden: 'Joe Biden',
  taliban: 'The Taliban',
  'afghan-government': 'Afghan government (Islamic Republic of Afghanistan)',
  turkey: 'Turkey',
  qatar: 'Qatar',
  'united-nations': 'United Nations',
  minhapal: 'Dawa Khan Minhapal (Menapal)',
};

describe('the hindsight layer', () => {
  it('passes its validator, with every later source cited', () => {
    expect(validateHindsight(hindsight, content)).toEqual([]);
  });

  it('has at least 15 dated events after March 7, 2021, including the ones the section is built on', () => {
    expect(hindsightEvents.length).toBeGreaterThanOrEqual(15);
    const ids = hindsightEvents.map((event) => event.id);
    for (const id of [
      'draft-agreement-public',
      'un-envoy-named',
      'moscow-troika',
      'ghani-counter-plan',
      'istanbul-announced',
      'istanbul-postponed',
      'biden-withdrawal-decision',
      'taliban-offensive',
      'taliban-enter-kabul',
      'last-us-flight',
    ])
      expect(ids).toContain(id);
  });

  it('dates the last U.S. flight August 30 (in Washington and in Kabul), never August 31', () => {
    const last = hindsightEvents.find((event) => event.id === 'last-us-flight')!;
    expect(last.date).toBe('2021-08-30');
    expect(last.summary).toContain('August 30');
    expect(hindsightTroops.at(-1)).toMatchObject({ date: '2021-08-30', troops: 0 });
    expect(hindsightTroops.every((point) => point.date <= '2021-08-30')).toBe(true);
  });

  it('gives every proposal what became of it, and every open question an answer', () => {
    expect(proposalFates.map((fate) => fate.proposal)).toEqual(content.proposals.map((p) => p.id));
    expect(unknownAnswers.map((answer) => answer.unknown)).toEqual(content.unknowns.map((u) => u.id));
    expect(actorFates.map((fate) => fate.actor).sort()).toEqual(Object.keys(ACTOR_NAMES).sort());
  });

  it('keeps a gap, never a count, where only percentages were published', () => {
    const gaps = hindsightTroops.filter((point) => point.troops === null);
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) expect(gap.note).toMatch(/^No count published: .*%/);
  });

  it('resolves later cites as "later" sources with their own anchors', () => {
    const [first] = laterSources;
    expect(resolveLaterCite(first.id)).toMatchObject({
      kind: 'later',
      publisher: first.publisher,
      title: first.title,
      anchor: `source-later-${first.id.slice('later:'.length)}`,
    });
    expect(resolveLaterCite('later:no-such-report')).toBeNull();
    expect(resolveLaterCites(deadlineFate.cites).map((cite) => cite.kind)).toEqual(deadlineFate.cites.map(() => 'later'));
  });

  it('labels its section as hindsight written from later reporting', () => {
    const section = storySections.find((s) => s.id === 'next');
    expect(section?.heading).toMatch(/hindsight/i);
    expect(section?.heading).toMatch(/later reporting/i);
    expect(hindsightUi.proposalFateLabel).toBe('What became of it');
  });

  it('tells the events the issue names in "What happened next", each once, each step in date order', () => {
    const told = hindsightSteps.flatMap((step) => [...step.events]);
    expect(new Set(told).size).toBe(told.length);
    // The fate of the proposals (Moscow, the US draft, Ghani's plan, Istanbul), Biden's decision, Aug 15, the last flight.
    const named = ['moscow-troika', 'draft-agreement-public', 'ghani-counter-plan', 'istanbul-announced', 'istanbul-postponed', 'biden-withdrawal-decision', 'taliban-offensive', 'taliban-enter-kabul', 'last-us-flight'];
    expect(told).toEqual(expect.arrayContaining(named));
    for (const step of hindsightSteps) {
      const dates = step.events.map((id) => hindsightEvents.find((e) => e.id === id)!.date.padEnd(10, '-01'));
      expect([...dates].sort()).toEqual(dates);
    }
  });
});

describe('the hindsight layer against the later fact sheet (test/fixtures/facts/after-march-2021.json)', () => {
  const facts = sheet;
  const allLines = [
    ...facts.events,
    ...facts.proposals,
    ...facts.actors,
    ...facts.openQuestions,
    ...facts.troops,
  ].flatMap((item) => item.sources);

  it('names every later source exactly as the sheet does, each one line of it', () => {
    for (const source of laterSources) {
      const lines = new Set(allLines.filter((line) => namesSource(line, source)));
      expect(lines.size, source.id).toBe(1);
    }
    const lines = laterSources.map((source) => sheetLine(allLines, source.id));
    expect(new Set(lines).size).toBe(laterSources.length);
  });

  it('dates every event as the sheet does, citing only that event’s sources', () => {
    for (const event of hindsightEvents) {
      const candidates = facts.events.filter((fact) => fact.date === event.date && fact.precision === event.precision);
      expect(candidates.length, event.id).toBeGreaterThan(0);
      const match = candidates.find((fact) => event.cites.every((cite) => sheetLine(fact.sources, cite) !== undefined));
      expect(match, `${event.id} cites sources of no sheet event on ${event.date}`).toBeDefined();
      expect(event.cites.length, event.id).toBe(match!.sources.length);
    }
  });

  it('takes every troop point to August 30 from the sheet: date, count (or null) and kind', () => {
    const expected = facts.troops.filter((point) => point.date <= '2021-08-30');
    expect(hindsightTroops.map(({ date, troops, kind }) => ({ date, count: troops, kind }))).toEqual(
      expected.map(({ date, count, kind }) => ({ date, count, kind })),
    );
    hindsightTroops.forEach((point, index) => expectCitesFrom(`troops[${index}]`, point.cites, expected[index]!.sources));
  });

  it('cites, for each fate and answer, sources the sheet gives for that same item', () => {
    for (const fate of proposalFates) {
      const number = content.proposals.find((p) => p.id === fate.proposal)!.number;
      expectCitesFrom(fate.proposal, fate.cites, facts.proposals.find((p) => p.n === number)!.sources);
    }
    for (const fate of actorFates) {
      const fact = facts.actors.find((a) => a.name === ACTOR_NAMES[fate.actor]);
      expect(fact, fate.actor).toBeDefined();
      expectCitesFrom(fate.actor, fate.cites, fact!.sources);
    }
    // The sheet's open questions come in the story's order.
    expect(facts.openQuestions).toHaveLength(content.unknowns.length);
    unknownAnswers.forEach((answer, index) => expectCitesFrom(answer.unknown, answer.cites, facts.openQuestions[index]!.sources));
    const deadline = facts.events.filter((e) => e.date === '2021-05-01' || e.date === '2021-08-30').flatMap((e) => e.sources);
    expectCitesFrom('deadlineFate', deadlineFate.cites, deadline);
  });
});
