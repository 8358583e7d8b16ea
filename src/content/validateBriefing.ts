import type { BriefingSlide } from './briefing';
import { resolveCite } from './cites';
import type { ContentIssue } from './validate';
import type { Cite, ContentBundle, Inline } from './types';

/** The briefing needs at least this many slides (issue #7). */
export const MIN_SLIDES = 10;

const sentenceCount = (content: ContentBundle, paragraph: string): number =>
  content.article.paragraphs.find((p) => p.id === paragraph)?.sentences.length ?? 0;

/** Null when the cite resolves to one sentence or one source; otherwise what is wrong. */
const citeProblem = (content: ContentBundle, cite: Cite): string | null => {
  if (resolveCite(cite) === null) return `cite "${cite}" resolves to nothing`;
  const isBareParagraph = /^p\d+$/.test(cite);
  return isBareParagraph && sentenceCount(content, cite) > 1 ? `cite "${cite}" spans several sentences; cite one` : null;
};

/**
 * Pure check of the slide list against the content model: every id a slide
 * points at exists, every note point is sourced, and the four proposals each
 * get a slide, in the letter's order. An empty list means it is consistent.
 */
export const validateBriefing = (slides: readonly BriefingSlide[], content: ContentBundle): ContentIssue[] => {
  const issues: ContentIssue[] = [];
  const report = (item: string, field: string, message: string): void => {
    issues.push({ item, field, message });
  };
  const known = {
    section: new Set<string>(content.sections.map((s) => s.id)),
    event: new Set(content.events.map((e) => e.id)),
    proposal: new Set(content.proposals.map((p) => p.id)),
    actor: new Set(content.actors.map((a) => a.id)),
    unknown: new Set(content.unknowns.map((u) => u.id)),
    quote: new Set(content.quotes.map((q) => q.id)),
  };
  const check = (item: string, field: string, kind: keyof typeof known, ids: readonly string[]): void => {
    if (ids.length === 0) report(item, field, `lists no ${kind}`);
    ids.filter((id) => !known[kind].has(id)).forEach((id) => report(item, field, `unknown ${kind} "${id}"`));
  };
  const checkInlines = (item: string, inlines: readonly Inline[]): void => {
    inlines.forEach((inline) => {
      if (typeof inline !== 'string' && !known.quote.has(inline.quote)) report(item, 'notes', `unknown quote "${inline.quote}"`);
    });
  };

  if (slides.length < MIN_SLIDES) report('briefing', 'length', `needs at least ${MIN_SLIDES} slides, found ${slides.length}`);
  const ids = slides.map((s) => s.id);
  ids.filter((id, index) => ids.indexOf(id) !== index).forEach((id) => report(`slides/${id}`, 'id', `duplicate id "${id}"`));

  slides.forEach((slide) => {
    const item = `slides/${slide.id}`;
    if (slide.notes.length === 0) report(item, 'notes', 'slide has no speaker notes');
    if (slide.kind === 'title') {
      slide.cites.forEach((cite) => {
        const problem = citeProblem(content, cite);
        if (problem !== null) report(item, 'cites', problem);
      });
    }
    slide.notes.forEach((point, index) => {
      if (point.cites.length === 0) report(item, `notes[${index}].cites`, 'note has no citation');
      point.cites.forEach((cite) => {
        const problem = citeProblem(content, cite);
        if (problem !== null) report(item, `notes[${index}].cites`, problem);
      });
      checkInlines(item, point.text);
    });
    if ('section' in slide) check(item, 'section', 'section', [slide.section]);
    switch (slide.kind) {
      case 'story': {
        const steps = new Map(content.steps.map((s) => [s.id, s.section]));
        if (slide.steps.length === 0) report(item, 'steps', 'lists no step');
        slide.steps.forEach((id) => {
          if (!steps.has(id)) report(item, 'steps', `unknown step "${id}"`);
          else if (steps.get(id) !== slide.section) report(item, 'steps', `step "${id}" is not in section "${slide.section}"`);
        });
        break;
      }
      case 'timeline': {
        check(item, 'events', 'event', slide.events);
        const order = slide.events.map((id) => content.events.findIndex((e) => e.id === id));
        if (order.some((position, index) => index > 0 && position < (order[index - 1] ?? 0)))
          report(item, 'events', 'events must be in date order');
        break;
      }
      case 'proposal':
        check(item, 'proposal', 'proposal', [slide.proposal]);
        break;
      case 'actors':
        check(item, 'actors', 'actor', slide.actors);
        if (slide.alsoNamed.length > 0) check(item, 'alsoNamed', 'actor', slide.alsoNamed);
        break;
      case 'watch':
        check(item, 'unknowns', 'unknown', slide.unknowns);
        if (slide.title.trim() === '') report(item, 'title', 'the slide needs a title');
        break;
      case 'title':
        if (slide.cites.length === 0) report(item, 'cites', 'the standfirst needs its sources');
        break;
      case 'sources':
        break;
      default: {
        const unreachable: never = slide;
        return unreachable;
      }
    }
  });

  const proposalSlides = slides.flatMap((s) => (s.kind === 'proposal' ? [s.proposal] : []));
  const letterOrder = content.proposals.map((p) => p.id);
  if (proposalSlides.join() !== letterOrder.join())
    report('briefing', 'proposal', `expected one slide per proposal in the letter's order (${letterOrder.join(', ')})`);

  return issues;
};
