import { describe, expect, it } from 'vitest';
import { content } from '../../src/content/content';
import type { Cite, ContentBundle } from '../../src/content/types';
import { formatIssues, isIsoDate, validateContent } from '../../src/content/validate';

/** A copy of the real content with one part replaced. */
const withChange = (change: Partial<ContentBundle>): ContentBundle => ({ ...content, ...change });
const firstIssue = (bundle: ContentBundle) => validateContent(bundle)[0];

describe('validateContent', () => {
  it('accepts the shipped content', () => {
    expect(formatIssues(validateContent(content))).toBe('');
  });

  it('rejects duplicate ids, naming the collection and id', () => {
    const [first] = content.events;
    const issues = validateContent(withChange({ events: [...content.events, first!] }));
    expect(issues).toContainEqual(expect.objectContaining({ item: 'events/war-begins', field: 'id' }));
  });

  it('rejects a cite to a paragraph that does not exist', () => {
    const steps = content.steps.map((s, i) => (i === 0 ? { ...s, cites: ['p99' as const] } : s));
    expect(firstIssue(withChange({ steps }))).toMatchObject({ item: 'steps/letter-sent', field: 'cites' });
  });

  it('rejects a bare paragraph cite when the paragraph has several sentences', () => {
    const steps = content.steps.map((s, i) => (i === 0 ? { ...s, cites: ['p2' as const] } : s));
    expect(firstIssue(withChange({ steps }))?.message).toMatch(/p2.*2 sentences/);
  });

  it('rejects a sentence number past the end of the paragraph', () => {
    const steps = content.steps.map((s, i) => (i === 0 ? { ...s, cites: ['p2.3' as const] } : s));
    expect(firstIssue(withChange({ steps }))?.message).toMatch(/no sentence of p2/);
  });

  it('rejects an unknown background source', () => {
    const unknowns = content.unknowns.map((u, i) => (i === 0 ? { ...u, cites: ['bg:made-up' as const] } : u));
    expect(firstIssue(withChange({ unknowns }))).toMatchObject({ item: 'unknowns/letter-text', field: 'cites' });
  });

  it('rejects a quote that is not word for word in its paragraph', () => {
    const quotes = content.quotes.map((q) => (q.id === 'unusually-blunt' ? { ...q, text: 'unusually harsh' } : q));
    expect(firstIssue(withChange({ quotes }))).toMatchObject({ item: 'quotes/unusually-blunt', field: 'text' });
  });

  it('rejects a quote whose curly apostrophe was straightened', () => {
    const quotes = content.quotes.map((q) => (q.id === 'continuation' ? { ...q, text: q.text.replace('’', "'") } : q));
    expect(firstIssue(withChange({ quotes }))).toMatchObject({ item: 'quotes/continuation', field: 'text' });
  });

  it('rejects dates that are not ISO or fall outside 2001-01-01..2021-05-01', () => {
    const bad = (date: string) =>
      firstIssue(withChange({ events: content.events.map((e, i) => (i === content.events.length - 1 ? { ...e, date } : e)) }));
    expect(bad('May 1, 2021')).toMatchObject({ item: 'events/may-1-deadline', field: 'date' });
    expect(bad('2021-05-02')?.message).toMatch(/outside/);
    expect(bad('2021-02-30')?.message).toMatch(/not an ISO date/);
  });

  it('rejects events out of date order', () => {
    const events = [...content.events];
    [events[0], events[1]] = [events[1]!, events[0]!];
    expect(validateContent(withChange({ events }))).toContainEqual(
      expect.objectContaining({ item: 'events/war-begins', field: 'date' }),
    );
  });

  it('rejects an event dated after the May 1, 2021 deadline, or before 2001', () => {
    const events = content.events.map((e) => (e.id === 'letter-reported' ? { ...e, date: '2021-09-11' } : e));
    expect(validateContent(withChange({ events }))).toContainEqual(
      expect.objectContaining({ item: 'events/letter-reported', field: 'date', message: expect.stringMatching(/outside/) }),
    );
    const early = content.events.map((e) => (e.id === 'war-begins' ? { ...e, date: '2000-12-31' } : e));
    expect(firstIssue(withChange({ events: early }))).toMatchObject({ item: 'events/war-begins', field: 'date' });
  });

  it('rejects an event moved out of date order in the middle of the list', () => {
    const events = content.events.map((e) => (e.id === 'talks-open' ? { ...e, date: '2019-01-01' } : e));
    expect(firstIssue(withChange({ events }))).toMatchObject({
      item: 'events/talks-open',
      field: 'date',
      message: expect.stringMatching(/before the previous event "ghani-second-term"/),
    });
  });

  it('checks the timeline’s eras: dates in range, end after start, citations that resolve', () => {
    const eras = content.eras ?? [];
    const change = (id: string, patch: object) => withChange({ eras: eras.map((e) => (e.id === id ? { ...e, ...patch } : e)) });
    expect(firstIssue(change('combat-mission', { end: '2001-01-02', start: '2001-10-07' }))).toMatchObject({
      item: 'eras/combat-mission',
      field: 'end',
    });
    expect(firstIssue(change('resolute-support', { end: '2021-08-30' }))).toMatchObject({ item: 'eras/resolute-support', field: 'end' });
    expect(firstIssue(change('withdrawal-timetable', { cites: ['bg:nowhere'] }))).toMatchObject({
      item: 'eras/withdrawal-timetable',
      field: 'cites',
    });
    expect(validateContent(withChange({ eras: [...eras, eras[0]!] }))).toContainEqual(
      expect.objectContaining({ item: 'eras/combat-mission', field: 'id' }),
    );
  });

  it('requires exactly four proposals in the letter’s order', () => {
    expect(firstIssue(withChange({ proposals: content.proposals.slice(0, 3) }))).toMatchObject({
      item: 'proposals',
      field: 'length',
    });
    const swapped = [content.proposals[1]!, content.proposals[0]!, ...content.proposals.slice(2)];
    expect(firstIssue(withChange({ proposals: swapped }))).toMatchObject({ field: 'number' });
  });

  it('rejects cross-references to unknown actors, events and proposals', () => {
    const proposals = content.proposals.map((p, i) => (i === 0 ? { ...p, who: [...p.who, 'nobody'] } : p));
    expect(firstIssue(withChange({ proposals }))).toMatchObject({ item: 'proposals/un-summit', field: 'who' });
    const events = content.events.map((e, i) => (i === 0 ? { ...e, actors: ['ghost'] } : e));
    expect(firstIssue(withChange({ events }))).toMatchObject({ item: 'events/war-begins', field: 'actors' });
    const steps = content.steps.map((s, i) => (i === 0 ? { ...s, events: ['no-such-event'], proposals: ['nope'] } : s));
    const issues = validateContent(withChange({ steps }));
    expect(issues.map((i) => i.field)).toEqual(['events', 'proposals']);
  });

  it('rejects an event marked "in the article" that cites no paragraph', () => {
    const events = content.events.map((e) => (e.id === 'war-begins' ? { ...e, cites: ['bg:milt-war-start' as const] } : e));
    expect(firstIssue(withChange({ events }))).toMatchObject({ item: 'events/war-begins', field: 'inArticle' });
  });

  it('checks each proposal’s status sources, time frame and background notes', () => {
    const change = (patch: Partial<(typeof content.proposals)[number]>) =>
      firstIssue(withChange({ proposals: content.proposals.map((p, i) => (i === 2 ? { ...p, ...patch } : p)) }));
    const date = (cites: readonly Cite[]) => ({ statusDate: { text: 'made public March 7, 2021', cites } });
    expect(change(date([]))).toMatchObject({ item: 'proposals/turkey-meeting', field: 'statusDate' });
    expect(change(date(['bg:made-up']))).toMatchObject({ item: 'proposals/turkey-meeting', field: 'statusDate' });
    expect(change({ timeFrame: ' ' })).toMatchObject({ item: 'proposals/turkey-meeting', field: 'timeFrame' });
    // A note shown under "Background" may not rest on the article.
    expect(change({ backgroundNotes: [{ text: 'A note.', cites: ['p16.1'] }] })).toMatchObject({
      item: 'proposals/turkey-meeting.backgroundNotes[0]',
      field: 'cites',
    });
    expect(change({ backgroundNotes: [{ text: 'A note.', cites: [] }] })?.message).toMatch(/no citation/);
  });

  it('checks the relations: known actors and proposals, sources that resolve, quotes by id and cited', () => {
    const [first] = content.relations;
    const broken = { ...first!, from: ['nobody' as never], proposals: ['proposal-9' as never], cites: ['p99' as const] };
    const issues = validateContent(withChange({ relations: [broken, ...content.relations.slice(1)] }));
    expect(issues).toContainEqual(expect.objectContaining({ item: `relations/${first!.id}`, field: 'from', message: 'unknown actor "nobody"' }));
    expect(issues).toContainEqual(expect.objectContaining({ item: `relations/${first!.id}`, field: 'proposals' }));
    expect(issues).toContainEqual(expect.objectContaining({ item: `relations/${first!.id}`, field: 'cites' }));
    const quoted = { ...first!, text: ['Blinken called it “blunt”.'] };
    expect(firstIssue(withChange({ relations: [quoted, ...content.relations.slice(1)] }))).toMatchObject({ field: 'text', message: expect.stringMatching(/quotes\.ts/) });
    const uncited = content.relations.find((r) => r.text.some((inline) => typeof inline !== 'string'))!;
    const withoutParagraph = { ...uncited, cites: ['bg:ap-letter' as const] };
    const others = content.relations.filter((r) => r !== uncited);
    expect(validateContent(withChange({ relations: [withoutParagraph, ...others] }))).toContainEqual(
      expect.objectContaining({ item: `relations/${uncited.id}`, field: 'cites' }),
    );
  });

  it('checks each actor’s group, and keeps quotation marks out of our own words', () => {
    const actors = content.actors.map((a, i) => (i === 0 ? { ...a, group: 'martians' as never, summary: 'He said “no”.' } : a));
    const issues = validateContent(withChange({ actors }));
    expect(issues).toContainEqual(expect.objectContaining({ item: `actors/${content.actors[0]!.id}`, field: 'group' }));
    expect(issues).toContainEqual(expect.objectContaining({ item: `actors/${content.actors[0]!.id}`, field: 'summary' }));
  });

  it('checks that each embeddable part links to a section that exists', () => {
    const embedParts = content.embedParts.map((part) => (part.id === 'timeline' ? { ...part, section: 'nowhere' as never } : part));
    expect(firstIssue(withChange({ embedParts }))).toMatchObject({ item: 'embedParts/timeline', field: 'section' });
  });

  it('formats issues as item.field: message lines', () => {
    expect(formatIssues([{ item: 'events/x', field: 'date', message: 'bad' }])).toBe('events/x.date: bad');
  });
});

describe('isIsoDate', () => {
  it.each(['2001', '2010-06', '2021-05-01', '2020-02-29'])('accepts %s', (date) => expect(isIsoDate(date)).toBe(true));
  it.each(['', '21-05-01', '2021-13', '2021-02-29', '2021-5-1', '2021-05-01T00:00'])('rejects %j', (date) =>
    expect(isIsoDate(date)).toBe(false),
  );
});
