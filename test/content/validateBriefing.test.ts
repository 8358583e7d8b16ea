import { describe, expect, it } from 'vitest';
import { briefingSlides, hindsightSlides, type BriefingSlide, type HindsightSlide } from '../../src/content/briefing';
import { hindsightLayer } from '../../src/content/hindsightLayer';
import { content } from '../../src/content/content';
import { formatIssues } from '../../src/content/validate';
import { MAX_REPEAT, repeatedShare, validateBriefing, validateHindsightSlides, wordsOf } from '../../src/content/validateBriefing';

const note = { text: ['A fact.'], cites: ['p1'] } as const;
const valid = (): BriefingSlide[] => [...briefingSlides];
const indexOf = (id: string): number => briefingSlides.findIndex((s) => s.id === id);
const messages = (slides: readonly BriefingSlide[]) => validateBriefing(slides, content).map((i) => `${i.item}.${i.field}: ${i.message}`);

describe('the briefing', () => {
  it('is consistent with the content model', () => {
    expect(formatIssues(validateBriefing(briefingSlides, content))).toBe('');
  });

  it('has at least ten slides, in the order the issue asks for, each with notes that are sourced or point at content', () => {
    expect(briefingSlides.length).toBeGreaterThanOrEqual(10);
    expect(briefingSlides.map((s) => s.kind)).toEqual([
      'title', 'key-points', 'story', 'countdown', 'timeline', 'troops', 'story', 'story', 'proposal', 'proposal', 'proposal', 'proposal', 'actors', 'story', 'watch', 'sources',
    ]);
    for (const slide of briefingSlides) {
      expect(slide.notes.length).toBeGreaterThan(0);
      for (const point of slide.notes) expect('ref' in point || point.cites.length > 0).toBe(true);
    }
  });

  it('tells nothing that happened after early March 2021', () => {
    const text = JSON.stringify(briefingSlides);
    expect(text).not.toMatch(/\b(April|August|June|July)\b|2022|Kabul fell|evacuat/i);
  });
});

describe('the hindsight slides', () => {
  const check = (slides: readonly HindsightSlide[], briefing: readonly BriefingSlide[] = briefingSlides) =>
    validateHindsightSlides(slides, briefing, hindsightLayer, content).map((i) => `${i.item}.${i.field}: ${i.message}`);

  it('name only items of the hindsight layer, which cite later sources', () => {
    expect(check(hindsightSlides)).toEqual([]);
  });

  it('refuse unknown items, facts written in the slide copy, wrong order and a missing sources slide', () => {
    const [proposalsSlide, withdrawal, deadline, answers] = hindsightSlides;
    expect(
      check([
        { ...proposalsSlide, title: 'Four proposals, 2021', proposals: ['turkey-meeting', 'un-summit'] },
        { ...withdrawal, events: ['last-us-flight', 'biden-withdrawal-decision', 'ghost'], notes: [] },
        { ...deadline, from: 'last-us-flight', to: 'withdrawal-begins' },
        { ...answers, unknowns: ['nobody-asked'], notes: [{ kind: 'unknown-answer', id: 'nobody-asked' }] },
      ], briefingSlides.filter((s) => s.id !== 'sources')),
    ).toEqual([
      'hindsightSlides/later-proposals.title: states a date or figure; facts come from the hindsight layer',
      'hindsightSlides/later-proposals.proposals: expected all four proposals in the letter’s order',
      'hindsightSlides/later-withdrawal.notes: lists nothing',
      'hindsightSlides/later-withdrawal.events: unknown later-event "ghost" in the hindsight layer',
      'hindsightSlides/later-withdrawal.events: events must be in date order',
      'hindsightSlides/later-deadline.from: event "last-us-flight" is not dated 2021-05-01, the deadline',
      'hindsightSlides/later-deadline.to: event "withdrawal-begins" must come after the deadline',
      'hindsightSlides/later-answers.notes: unknown unknown-answer "nobody-asked" in the hindsight layer',
      'hindsightSlides/later-answers.unknowns: unknown unknown-answer "nobody-asked" in the hindsight layer',
      'hindsightSlides.before: no briefing slide "sources" to put the hindsight slides before',
    ]);
  });
});

describe('validateBriefing', () => {
  it('names unknown ids, per field', () => {
    const slides = valid();
    slides[indexOf('news')] = { id: 'news', kind: 'story', section: 'news', steps: ['nope', 'doha'], notes: [note] };
    slides[indexOf('twenty-years')] = { id: 'twenty-years', kind: 'timeline', section: 'war', events: ['talks-open', 'war-begins'], notes: [note] };
    slides[indexOf('whos-who')] = { id: 'whos-who', kind: 'actors', section: 'nowhere' as never, notes: [note] };
    slides[indexOf('countdown')] = { id: 'countdown', kind: 'countdown', section: 'deadline', from: 'ghost', to: 'may-1-deadline', notes: [note] };
    slides[indexOf('troop-drawdown')] = { id: 'troop-drawdown', kind: 'troops', section: 'deadline', from: 'troop-peak', to: 'nobody', notes: [note] };
    expect(messages(slides)).toEqual([
      'slides/news.steps: unknown step "nope"',
      'slides/news.steps: step "doha" is not in section "news"',
      'slides/countdown.from: unknown event "ghost"',
      'slides/twenty-years.events: events must be in date order',
      'slides/troop-drawdown.to: unknown event "nobody"',
      'slides/whos-who.section: unknown section "nowhere"',
    ]);
  });

  it('wants the countdown between the events on the story’s dates, and the troop slide ending on the last count', () => {
    const slides = valid();
    slides[indexOf('countdown')] = { id: 'countdown', kind: 'countdown', section: 'deadline', from: 'doha-agreement', to: 'troops-2500', notes: [note] };
    slides[indexOf('troop-drawdown')] = { id: 'troop-drawdown', kind: 'troops', section: 'deadline', from: 'troops-2500', to: 'troop-peak', notes: [note] };
    expect(messages(slides)).toEqual([
      'slides/countdown.from: event "doha-agreement" is not dated 2021-03-07, the story\'s "as of"',
      'slides/countdown.to: event "troops-2500" is not dated 2021-05-01, the deadline',
      'slides/troop-drawdown.to: the later count must come after the peak',
      'slides/troop-drawdown.to: event "troop-peak" is not dated 2021-01-15, the last count before 2021-03-07',
    ]);
  });

  it('requires sourced notes with resolvable cites and known quotes', () => {
    const slides = valid();
    slides[0] = {
      id: 'title',
      kind: 'title',
      cites: [],
      notes: [
        { text: ['x'], cites: [] },
        { text: [{ quote: 'made-up' }], cites: ['p4', 'p99', 'bg:nope'] },
      ],
    };
    slides[indexOf('sources')] = { id: 'sources', kind: 'sources', section: 'sources', notes: [] };
    expect(messages(slides)).toEqual([
      'slides/title.notes[0].cites: note has no citation',
      'slides/title.notes[1].cites: cite "p4" spans several sentences; cite one',
      'slides/title.notes[1].cites: cite "p99" resolves to nothing',
      'slides/title.notes[1].cites: cite "bg:nope" resolves to nothing',
      'slides/title.notes: unknown quote "made-up"',
      'slides/title.cites: the standfirst needs its sources',
      'slides/sources.notes: slide has no speaker notes',
    ]);
  });

  it('wants one slide per proposal in the letter’s order, unique ids and ten slides', () => {
    const swapped = valid();
    const first = indexOf('proposal-1');
    [swapped[first], swapped[first + 1]] = [swapped[first + 1]!, swapped[first]!];
    expect(messages(swapped)).toContain(
      "briefing.proposal: expected one slide per proposal in the letter's order (un-summit, written-proposals, turkey-meeting, violence-reduction)",
    );
    expect(messages([...valid(), valid()[0]!])).toContain('slides/title.id: duplicate id "title"');
    expect(messages(valid().slice(0, 9))).toContain('briefing.length: needs at least 10 slides, found 9');
  });

  it('names note references to items that do not exist', () => {
    const slides = valid();
    slides[indexOf('deadline')] = {
      id: 'deadline',
      kind: 'story',
      section: 'deadline',
      steps: ['may-1'],
      notes: [
        { ref: { kind: 'step', id: 'may-2' } },
        { ref: { kind: 'event', id: 'may-1-deadline' } },
        { ref: { kind: 'proposal', id: 'peace-now', field: 'aim' } },
        { ref: { kind: 'unknown', id: 'withdrawal' } },
      ],
    };
    expect(messages(slides)).toEqual([
      'slides/deadline.notes[0].ref: unknown step "may-2"',
      'slides/deadline.notes[2].ref: unknown proposal "peace-now"',
    ]);
  });
});

describe('validateBriefing: one copy of every fact (issue #12)', () => {
  // A made-up slide whose note is the story step "may-1" but for its last clause.
  const copied = 'Under the 2020 agreement, U.S. forces are due to leave by May 1. According to TOLOnews and The New York Times, Washington is still weighing it.';
  const slideWith = (notes: BriefingSlide['notes'], title = 'What to watch'): BriefingSlide[] => [
    ...valid(),
    { id: 'made-up', kind: 'story', section: 'deadline', steps: ['may-1'], notes },
    { id: 'made-up-watch', kind: 'watch', section: 'unknowns', title, unknowns: ['withdrawal'], notes: [note] },
  ];

  it('refuses a written note that repeats a story step, naming the slide, the note and the step', () => {
    expect(messages(slideWith([note, { text: [copied], cites: ['p5'] }]))).toEqual([
      'slides/made-up.notes[1].text: repeats 81% of steps/may-1.body; point at that item ({ ref }) and write only what the presenter adds',
    ]);
  });

  it('accepts the same point made as a reference to the step, with what the presenter adds in other words', () => {
    expect(messages(slideWith([{ ref: { kind: 'step', id: 'may-1' } }, { text: ['Pause here: this is the date the rest hangs on.'], cites: ['p5'] }]))).toEqual([]);
  });

  it('checks the slide text too, and counts a quote as one word, so a copy around a quote is caught', () => {
    const aroundQuote = ['According to The New York Times, Blinken asked for Ghani’s ', { quote: 'urgent-leadership' }, ', a sign of impatience.'] as const;
    expect(messages(slideWith([{ text: aroundQuote, cites: ['p7'] }], 'Under the 2020 agreement, U.S. forces are due to leave by May 1'))).toEqual([
      'slides/made-up.notes[0].text: repeats 87% of steps/urgent-leadership.body; point at that item ({ ref }) and write only what the presenter adds',
      'slides/made-up-watch.title: repeats 100% of steps/may-1.body; point at that item ({ ref }) and write only what the presenter adds',
    ]);
  });

  it('measures the share of the note’s own words: four-word runs count, a shared three-word phrase does not', () => {
    const step = wordsOf('The State Department told RFE/RL that the talks would go on.');
    expect(repeatedShare(wordsOf('The State Department: no.'), step)).toBe(0);
    expect(repeatedShare(wordsOf('The State Department told reporters.'), step)).toBe(4 / 5);
    expect(repeatedShare(wordsOf('Nothing alike here at all.'), step)).toBe(0);
    expect(MAX_REPEAT).toBe(0.4);
  });
});
