import { describe, expect, it } from 'vitest';
import { hindsight } from '../../src/content/check';
import { content } from '../../src/content/content';
import type { Cite, ContentBundle, HindsightBundle, LaterCite } from '../../src/content/types';
import { glossary } from '../../src/content/glossary';
import { formatIssues, isIsoDate, validateContent, validateGlossary, validateHindsight } from '../../src/content/validate';

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

  it('checks the glossary: at least eight terms, every sentence cited to a known background source, known terms marked once per section', () => {
    expect(validateGlossary(glossary, content)).toEqual([]);
    expect(validateGlossary(glossary.slice(0, 7), content)).toContainEqual(expect.objectContaining({ item: 'glossary', field: 'length' }));
    const [first, ...rest] = glossary;
    const uncited = [{ ...first!, definition: [{ text: 'A sentence with no source.', cites: [] }] }, ...rest];
    expect(validateGlossary(uncited, content)).toContainEqual(expect.objectContaining({ item: `glossary/${first!.id}`, field: 'definition[0].cites' }));
    const articleCited = [{ ...first!, definition: [{ text: 'A sentence.', cites: ['p3' as const, 'bg:nowhere' as const] }] }, ...rest];
    expect(validateGlossary(articleCited, content).map((i) => i.message)).toEqual([
      expect.stringMatching(/"p3" is not a background source/),
      expect.stringMatching(/"bg:nowhere" is not in sources.ts/),
    ]);
    const mark = (term: string) => ({ term, text: 'the words' });
    const steps = content.steps.map((s, i) => (i === 0 ? { ...s, body: [...s.body, mark('no-such-term')] } : s));
    expect(validateContent(withChange({ steps }))).toContainEqual(
      expect.objectContaining({ item: 'steps/letter-sent.body', field: 'term', message: 'unknown glossary term "no-such-term"' }),
    );
    const twice = content.steps.map((s, i) => (i === 0 ? { ...s, body: [...s.body, mark('tolonews')] } : s));
    expect(validateContent(withChange({ steps: twice }))).toContainEqual(expect.objectContaining({ item: 'sections/news', field: 'term' }));
  });

  it('formats issues as item.field: message lines', () => {
    expect(formatIssues([{ item: 'events/x', field: 'date', message: 'bad' }])).toBe('events/x.date: bad');
  });
});

describe('validateHindsight', () => {
  /** A copy of the shipped hindsight layer with one part replaced. */
  const check = (change: Partial<HindsightBundle>) => validateHindsight({ ...hindsight, ...change }, content);
  const [firstEvent, secondEvent] = hindsight.events;
  const changeEvent = (index: number, patch: object) =>
    check({ events: hindsight.events.map((e, i) => (i === index ? { ...e, ...patch } : e)) });

  it('accepts the shipped hindsight layer', () => {
    expect(formatIssues(check({}))).toBe('');
  });

  it('rejects a cite of a later source that is not in laterSources, and any cite that is not later reporting', () => {
    expect(changeEvent(0, { cites: ['later:made-up'] })).toContainEqual(
      expect.objectContaining({ item: `hindsightEvents/${firstEvent!.id}`, field: 'cites', message: expect.stringMatching(/not in sources\.ts/) }),
    );
    const fates = hindsight.proposalFates.map((f, i) => (i === 0 ? { ...f, cites: ['bg:ap-letter' as LaterCite] } : f));
    expect(check({ proposalFates: fates })).toContainEqual(
      expect.objectContaining({ item: 'proposalFates/un-summit', field: 'cites', message: expect.stringMatching(/not later reporting/) }),
    );
    expect(check({ deadlineFate: { ...hindsight.deadlineFate, cites: [] } })).toContainEqual(
      expect.objectContaining({ item: 'deadlineFate', field: 'cites', message: 'claim has no citation' }),
    );
  });

  it('rejects a later source no item cites, a duplicate, and a malformed id or address', () => {
    const extra = { id: 'later:unused-report' as const, publisher: 'Nobody', title: 'Never cited' };
    expect(check({ laterSources: [...hindsight.laterSources, extra] })).toEqual([
      { item: 'laterSources/later:unused-report', field: 'id', message: 'no hindsight item cites this source' },
    ]);
    const [source] = hindsight.laterSources;
    expect(check({ laterSources: [...hindsight.laterSources, source!] })).toContainEqual(
      expect.objectContaining({ item: `laterSources/${source!.id}`, field: 'id', message: expect.stringMatching(/duplicate/) }),
    );
    const broken = { ...source!, id: 'later:Not Kebab' as const, url: 'ftp://example.org' };
    const issues = check({ laterSources: [broken, ...hindsight.laterSources.slice(1)] });
    expect(issues).toContainEqual(expect.objectContaining({ item: 'laterSources/later:Not Kebab', field: 'id' }));
    expect(issues).toContainEqual(expect.objectContaining({ item: 'laterSources/later:Not Kebab', field: 'url' }));
  });

  it('rejects a "What happened next" step that tells an unknown event, one already told, or one out of date order', () => {
    const [first, second] = hindsight.steps;
    const issues = check({
      steps: [{ ...first!, events: ['no-such-event', ...first!.events] }, { ...second!, events: [first!.events[0]!, ...second!.events] }],
    });
    expect(issues).toContainEqual(expect.objectContaining({ item: `hindsightSteps/${first!.id}`, field: 'events', message: 'unknown later event "no-such-event"' }));
    expect(issues).toContainEqual(expect.objectContaining({ item: `hindsightSteps/${second!.id}`, message: expect.stringMatching(/already told/) }));
    const reversed = check({ steps: [{ ...first!, events: [...first!.events].reverse() }, ...hindsight.steps.slice(1)] });
    expect(reversed).toContainEqual(expect.objectContaining({ item: `hindsightSteps/${first!.id}`, message: expect.stringMatching(/out of date order/) }));
  });

  it('rejects a list of linkable later event ids that does not match the events', () => {
    expect(check({ linkableEventIds: hindsight.linkableEventIds.slice(1) })).toContainEqual(expect.objectContaining({ item: 'hindsightEventIds' }));
  });

  it('rejects hindsight dates that are not ISO, on or before March 7, 2021, or after October 31, 2021', () => {
    const item = `hindsightEvents/${firstEvent!.id}`;
    expect(changeEvent(0, { date: 'Mar 8, 2021' })).toContainEqual(expect.objectContaining({ item, field: 'date', message: expect.stringMatching(/not an ISO date/) }));
    expect(changeEvent(0, { date: '2021-03-07' })).toContainEqual(expect.objectContaining({ item, field: 'date', message: expect.stringMatching(/outside/) }));
    expect(changeEvent(0, { date: '2021-03', precision: 'month' })).toContainEqual(expect.objectContaining({ item, field: 'date', message: expect.stringMatching(/outside/) }));
    const last = hindsight.events.length - 1;
    expect(changeEvent(last, { date: '2021-11-01' })).toContainEqual(
      expect.objectContaining({ item: `hindsightEvents/${hindsight.events[last]!.id}`, field: 'date', message: expect.stringMatching(/outside/) }),
    );
    const troops = hindsight.troops.map((t, i) => (i === 0 ? { ...t, date: '2021-02-30' } : t));
    expect(check({ troops })).toContainEqual(expect.objectContaining({ item: 'hindsightTroops[0]', field: 'date' }));
  });

  it('rejects events out of date order, a date that does not match its precision, and an id the story already uses', () => {
    const swapped = [secondEvent!, firstEvent!, ...hindsight.events.slice(2)];
    expect(check({ events: swapped })).toContainEqual(
      expect.objectContaining({ item: `hindsightEvents/${firstEvent!.id}`, field: 'date', message: expect.stringMatching(/date order/) }),
    );
    expect(changeEvent(0, { precision: 'month' })).toContainEqual(expect.objectContaining({ field: 'precision' }));
    expect(changeEvent(0, { id: 'war-begins' })).toContainEqual(
      expect.objectContaining({ item: 'hindsightEvents/war-begins', field: 'id', message: expect.stringMatching(/story event/) }),
    );
    expect(changeEvent(0, { actors: ['nobody'] })).toContainEqual(expect.objectContaining({ field: 'actors', message: 'unknown actor "nobody"' }));
  });

  it('keys fates and answers to existing proposals, actors and open questions, one each, covering every proposal and question', () => {
    const [fate, ...fates] = hindsight.proposalFates;
    expect(check({ proposalFates: fates })).toEqual([
      { item: `proposalFates/${fate!.proposal}`, field: 'proposal', message: `no entry for proposal "${fate!.proposal}"` },
    ]);
    expect(check({ proposalFates: [...hindsight.proposalFates, { ...fate!, proposal: 'proposal-5' }] })).toContainEqual(
      expect.objectContaining({ item: 'proposalFates/proposal-5', message: 'unknown proposal "proposal-5"' }),
    );
    expect(check({ proposalFates: [...hindsight.proposalFates, fate!] })).toContainEqual(
      expect.objectContaining({ item: `proposalFates/${fate!.proposal}`, message: expect.stringMatching(/second entry/) }),
    );
    expect(check({ unknownAnswers: hindsight.unknownAnswers.slice(1) })).toContainEqual(
      expect.objectContaining({ item: 'unknownAnswers/letter-text', field: 'unknown' }),
    );
    const actorFates = hindsight.actorFates.map((f, i) => (i === 0 ? { ...f, actor: 'abdullah' } : f));
    expect(check({ actorFates })).toEqual([{ item: 'actorFates/abdullah', field: 'actor', message: 'unknown actor "abdullah"' }]);
    // Actors the later fact sheet does not cover may go without a fate (only the sources it alone cited are then flagged).
    expect(check({ actorFates: hindsight.actorFates.slice(1) }).filter((issue) => issue.item.startsWith('actorFates'))).toEqual([]);
  });

  it('keeps hindsight prose in our own words: no quotation marks, no empty text', () => {
    const unknownAnswers = hindsight.unknownAnswers.map((a, i) => (i === 0 ? { ...a, text: 'Blinken called it “blunt”.' } : a));
    expect(check({ unknownAnswers })).toContainEqual(expect.objectContaining({ item: 'unknownAnswers/letter-text', field: 'text' }));
    expect(changeEvent(0, { summary: ' ' })).toContainEqual(expect.objectContaining({ field: 'summary', message: 'text is empty' }));
  });

  it('allows a troop gap (null) but no invented or malformed count, and only the later fact sheet’s kinds', () => {
    const change = (patch: object) => check({ troops: hindsight.troops.map((t, i) => (i === 1 ? { ...t, ...patch } : t)) });
    expect(change({ troops: null })).toEqual([]);
    expect(change({ troops: 2500.5 })).toContainEqual(expect.objectContaining({ item: 'hindsightTroops[1]', field: 'troops' }));
    expect(change({ troops: -1 })).toContainEqual(expect.objectContaining({ item: 'hindsightTroops[1]', field: 'troops' }));
    expect(change({ kind: 'snapshot' })).toContainEqual(expect.objectContaining({ item: 'hindsightTroops[1]', field: 'kind' }));
    expect(change({ note: '' })).toContainEqual(expect.objectContaining({ item: 'hindsightTroops[1]', field: 'note' }));
    expect(change({ date: '2021-03-10' })).toContainEqual(expect.objectContaining({ item: 'hindsightTroops[1]', field: 'date' }));
  });
});

describe('isIsoDate', () => {
  it.each(['2001', '2010-06', '2021-05-01', '2020-02-29'])('accepts %s', (date) => expect(isIsoDate(date)).toBe(true));
  it.each(['', '21-05-01', '2021-13', '2021-02-29', '2021-5-1', '2021-05-01T00:00'])('rejects %j', (date) =>
    expect(isIsoDate(date)).toBe(false),
  );
});
