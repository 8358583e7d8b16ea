import { describe, expect, it } from 'vitest';
import { briefingSlides, type BriefingSlide } from '../../src/content/briefing';
import { content } from '../../src/content/content';
import { formatIssues } from '../../src/content/validate';
import { validateBriefing } from '../../src/content/validateBriefing';

const note = { text: ['A fact.'], cites: ['p1'] } as const;
const valid = (): BriefingSlide[] => [...briefingSlides];
const messages = (slides: readonly BriefingSlide[]) => validateBriefing(slides, content).map((i) => `${i.item}.${i.field}: ${i.message}`);

describe('the briefing', () => {
  it('is consistent with the content model', () => {
    expect(formatIssues(validateBriefing(briefingSlides, content))).toBe('');
  });

  it('has at least ten slides, in the order the issue asks for, each with sourced notes', () => {
    expect(briefingSlides.length).toBeGreaterThanOrEqual(10);
    expect(briefingSlides.map((s) => s.kind)).toEqual([
      'title', 'story', 'timeline', 'story', 'proposal', 'proposal', 'proposal', 'proposal', 'actors', 'story', 'watch', 'sources',
    ]);
    for (const slide of briefingSlides) {
      expect(slide.notes.length).toBeGreaterThan(0);
      for (const point of slide.notes) expect(point.cites.length).toBeGreaterThan(0);
    }
  });

  it('tells nothing that happened after early March 2021', () => {
    const text = JSON.stringify(briefingSlides);
    expect(text).not.toMatch(/\b(April|August|June|July)\b|2022|Kabul fell|evacuat/i);
  });
});

describe('validateBriefing', () => {
  it('names unknown ids, per field', () => {
    const slides = valid();
    slides[1] = { id: 'news', kind: 'story', section: 'news', steps: ['nope', 'doha'], notes: [note] };
    slides[2] = { id: 'twenty-years', kind: 'timeline', section: 'war', events: ['talks-open', 'war-begins'], notes: [note] };
    slides[8] = { id: 'whos-who', kind: 'actors', section: 'nowhere' as never, actors: ['ghost'], alsoNamed: ['china', 'nobody'], notes: [note] };
    expect(messages(slides)).toEqual([
      'slides/news.steps: unknown step "nope"',
      'slides/news.steps: step "doha" is not in section "news"',
      'slides/twenty-years.events: events must be in date order',
      'slides/whos-who.section: unknown section "nowhere"',
      'slides/whos-who.actors: unknown actor "ghost"',
      'slides/whos-who.alsoNamed: unknown actor "nobody"',
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
    slides[11] = { id: 'sources', kind: 'sources', section: 'sources', notes: [] };
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
    [swapped[4], swapped[5]] = [swapped[5]!, swapped[4]!];
    expect(messages(swapped)).toContain(
      "briefing.proposal: expected one slide per proposal in the letter's order (un-summit, written-proposals, turkey-meeting, violence-reduction)",
    );
    expect(messages([...valid(), valid()[0]!])).toContain('slides/title.id: duplicate id "title"');
    expect(messages(valid().slice(0, 9))).toContain('briefing.length: needs at least 10 slides, found 9');
  });
});
