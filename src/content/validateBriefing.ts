import { actorRelations } from './actors';
import { hindsightSlides, hindsightSlidesBefore, type BriefingSlide, type HindsightNoteRef, type HindsightSlide } from './briefing';
import { resolveCite } from './cites';
import { deadlineFate, hindsightEvents, proposalFates, unknownAnswers } from './hindsight';
import { keyPoints } from './keyPoints';
import { laterSources } from './laterSources';
import { site } from './site';
import type { ContentIssue } from './validate';
import type { Cite, ContentBundle, HindsightBundle, Inline } from './types';

/** The briefing needs at least this many slides (issue #7). */
const MIN_SLIDES = 10;

/**
 * A written note or slide text that repeats this share of a content text is a
 * second copy of it (issue #12): it should point at that item instead.
 */
export const MAX_REPEAT = 0.4;

// ----- Repeated text -----

/** Words of a text, lower case; a quote counts as one word, so two texts around the same quote match. */
export const wordsOf = (text: string | readonly Inline[]): string[] =>
  (typeof text === 'string' ? [text] : text).flatMap((part) =>
    typeof part === 'string' || 'term' in part
      ? ((typeof part === 'string' ? part : part.text).toLowerCase().replaceAll('’', "'").match(/[\p{L}\p{N}]+(?:['.,–-][\p{L}\p{N}]+)*/gu) ?? [])
      : [`«${part.quote}»`],
  );

const fourGrams = (words: readonly string[]): string[] =>
  Array.from({ length: Math.max(0, words.length - 3) }, (_, i) => words.slice(i, i + 4).join(' '));

const longestRun = (a: readonly string[], b: readonly string[]): number => {
  let best = 0;
  const row = new Array<number>(b.length + 1).fill(0);
  a.forEach((word) => {
    for (let j = b.length; j >= 1; j -= 1) {
      row[j] = word === b[j - 1] ? (row[j - 1] ?? 0) + 1 : 0;
      best = Math.max(best, row[j] ?? 0);
    }
  });
  return best;
};

/**
 * How much of `own` repeats `other`, 0..1: the share of its word 4-grams that
 * `other` has too, or the longest run of words (four or more) they share over
 * its length, whichever is larger. A shared three-word phrase is not a copy.
 */
export const repeatedShare = (own: readonly string[], other: readonly string[]): number => {
  const grams = fourGrams(own);
  const others = new Set(fourGrams(other));
  const gramShare = grams.length === 0 ? 0 : grams.filter((gram) => others.has(gram)).length / grams.length;
  const run = longestRun(own, other);
  return Math.max(gramShare, run >= 4 ? run / own.length : 0);
};

interface ContentText {
  /** Where it is, as the validator names items: `steps/letter-sent.body`. */
  readonly source: string;
  readonly words: readonly string[];
}

/** Every prose text of the story, timeline, proposals and actors a note could copy. */
const contentTexts = (content: ContentBundle): ContentText[] => {
  const texts: [string, string | readonly Inline[]][] = [
    ...content.steps.map((s): [string, readonly Inline[]] => [`steps/${s.id}.body`, s.body]),
    ...content.sections.flatMap((s): [string, readonly Inline[]][] => (s.intro ? [[`sections/${s.id}.intro`, s.intro]] : [])),
    ...content.unknowns.flatMap((u): [string, string][] => [[`unknowns/${u.id}.question`, u.question], [`unknowns/${u.id}.detail`, u.detail]]),
    ...content.proposals.flatMap((p): [string, string][] => [
      ...(['title', 'ask', 'whoLabel', 'timeFrame', 'aim'] as const).map((field): [string, string] => [`proposals/${p.id}.${field}`, p[field]]),
      ...p.openQuestions.map((q, i): [string, string] => [`proposals/${p.id}.openQuestions[${i}]`, q]),
      ...p.backgroundNotes.map((n, i): [string, string] => [`proposals/${p.id}.backgroundNotes[${i}]`, n.text]),
    ]),
    ...content.actors.flatMap((a): [string, string][] => [[`actors/${a.id}.role`, a.role], [`actors/${a.id}.summary`, a.summary]]),
    // Not in the bundle (only the actors panel draws them), but as much a content text.
    ...actorRelations.map((r): [string, readonly Inline[]] => [`actorRelations/${r.id}.text`, r.text]),
    ...content.events.flatMap((e): [string, string][] => [[`events/${e.id}.title`, e.title], [`events/${e.id}.summary`, e.summary]]),
    ...(content.eras ?? []).map((e): [string, string] => [`eras/${e.id}.summary`, e.summary]),
    ...keyPoints.map((p): [string, string | readonly Inline[]] => [`keyPoints/${p.id}.text`, p.text]),
  ];
  return texts.map(([source, text]) => ({ source, words: wordsOf(text) }));
};

/** The message for a text that repeats a content text by MAX_REPEAT or more; null when it does not. */
const repeatProblem = (texts: readonly ContentText[], text: string | readonly Inline[]): string | null => {
  const words = wordsOf(text);
  const worst = texts.reduce(
    (top, t) => {
      const share = repeatedShare(words, t.words);
      return share > top.share ? { share, source: t.source } : top;
    },
    { share: 0, source: '' },
  );
  return worst.share < MAX_REPEAT
    ? null
    : `repeats ${Math.round(worst.share * 100)}% of ${worst.source}; point at that item ({ ref }) and write only what the presenter adds`;
};

// ----- The hindsight slides -----

/** The hindsight slides as the deck adds them, and the layer they show (the build checks these). */
const defaultLater = {
  slides: hindsightSlides,
  hindsight: { laterSources, events: hindsightEvents, proposalFates, unknownAnswers, deadlineFate },
} as const;

/** The parts of the hindsight layer its slides show. */
type SlideLayer = Pick<HindsightBundle, 'laterSources' | 'events' | 'proposalFates' | 'unknownAnswers' | 'deadlineFate'>;

/**
 * Pure check of the slides `?present&hindsight` adds: every item they name
 * is in the hindsight layer (and every source it rests on is a later source),
 * the words written for them (heading, cue) state no date or figure, as facts
 * come from the layer only, and they go before a slide the briefing has.
 */
export const validateHindsightSlides = (
  slides: readonly HindsightSlide[],
  briefing: readonly BriefingSlide[],
  hindsight: SlideLayer,
  content: ContentBundle,
): ContentIssue[] => {
  const issues: ContentIssue[] = [];
  const report = (item: string, field: string, message: string): void => {
    issues.push({ item, field, message });
  };
  const laterIds = new Set<string>(hindsight.laterSources.map((s) => s.id));
  const events = new Map(hindsight.events.map((e) => [e.id, e]));
  const questions = new Set(content.unknowns.map((u) => u.id));
  const citesOf = (ref: HindsightNoteRef): readonly string[] | null => {
    switch (ref.kind) {
      case 'proposal-fate':
        return hindsight.proposalFates.find((f) => f.proposal === ref.id)?.cites ?? null;
      case 'later-event':
        return events.get(ref.id)?.cites ?? null;
      case 'deadline-fate':
        return hindsight.deadlineFate.cites;
      case 'unknown-answer':
        return questions.has(ref.id) ? (hindsight.unknownAnswers.find((a) => a.unknown === ref.id)?.cites ?? null) : null;
      default: {
        const unreachable: never = ref;
        return unreachable;
      }
    }
  };
  const checkRefs = (item: string, field: string, refs: readonly HindsightNoteRef[]): void => {
    if (refs.length === 0) report(item, field, 'lists nothing');
    refs.forEach((ref) => {
      const cites = citesOf(ref);
      const name = 'id' in ref ? `${ref.kind} "${ref.id}"` : ref.kind;
      if (cites === null) report(item, field, `unknown ${name} in the hindsight layer`);
      else if (cites.length === 0) report(item, field, `${name} has no later source`);
      else cites.filter((cite) => !laterIds.has(cite)).forEach((cite) => report(item, field, `${name} cites "${cite}", not a later source`));
    });
  };

  const ids = [...briefing.map((s) => s.id), ...slides.map((s) => s.id)];
  slides.forEach((slide) => {
    const item = `hindsightSlides/${slide.id}`;
    if (ids.filter((id) => id === slide.id).length > 1) report(item, 'id', `duplicate id "${slide.id}"`);
    (['title', 'cue'] as const).forEach((field) => {
      if (slide[field].trim() === '') report(item, field, 'is empty');
      if (/\d/.test(slide[field])) report(item, field, 'states a date or figure; facts come from the hindsight layer');
    });
    checkRefs(item, 'notes', slide.notes);
    switch (slide.kind) {
      case 'later-proposals':
        checkRefs(item, 'proposals', slide.proposals.map((id) => ({ kind: 'proposal-fate', id })));
        if (slide.proposals.join() !== content.proposals.map((p) => p.id).join()) report(item, 'proposals', 'expected all four proposals in the letter’s order');
        break;
      case 'later-events': {
        checkRefs(item, 'events', slide.events.map((id) => ({ kind: 'later-event', id })));
        const dates = slide.events.map((id) => events.get(id)?.date ?? '');
        if (dates.some((date, index) => index > 0 && date < (dates[index - 1] ?? ''))) report(item, 'events', 'events must be in date order');
        break;
      }
      case 'later-deadline':
        checkRefs(item, 'from', [{ kind: 'later-event', id: slide.from }]);
        checkRefs(item, 'to', [{ kind: 'later-event', id: slide.to }]);
        if (events.has(slide.from) && events.get(slide.from)?.date !== site.deadline) report(item, 'from', `event "${slide.from}" is not dated ${site.deadline}, the deadline`);
        if ((events.get(slide.to)?.date ?? '') <= site.deadline) report(item, 'to', `event "${slide.to}" must come after the deadline`);
        break;
      case 'later-answers':
        checkRefs(item, 'unknowns', slide.unknowns.map((id) => ({ kind: 'unknown-answer', id })));
        break;
      default: {
        const unreachable: never = slide;
        return unreachable;
      }
    }
  });
  if (slides.length > 0 && !briefing.some((s) => s.id === hindsightSlidesBefore))
    report('hindsightSlides', 'before', `no briefing slide "${hindsightSlidesBefore}" to put the hindsight slides before`);
  return issues;
};

// ----- The check -----

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
 * or a note points at exists, every written note point is sourced and tells
 * no content text over again, and the four proposals each get a slide, in the
 * letter's order. An empty list means it is consistent.
 */
export const validateBriefing = (
  slides: readonly BriefingSlide[],
  content: ContentBundle,
  later: { readonly slides: readonly HindsightSlide[]; readonly hindsight: SlideLayer } = defaultLater,
): ContentIssue[] => {
  const issues: ContentIssue[] = validateHindsightSlides(later.slides, slides, later.hindsight, content);
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
    step: new Set(content.steps.map((s) => s.id)),
  };
  const texts = contentTexts(content);
  const checkRepeat = (item: string, field: string, text: string | readonly Inline[]): void => {
    const problem = repeatProblem(texts, text);
    if (problem !== null) report(item, field, problem);
  };
  const check = (item: string, field: string, kind: keyof typeof known, ids: readonly string[]): void => {
    if (ids.length === 0) report(item, field, `lists no ${kind}`);
    ids.filter((id) => !known[kind].has(id)).forEach((id) => report(item, field, `unknown ${kind} "${id}"`));
  };
  const checkInlines = (item: string, inlines: readonly Inline[]): void => {
    inlines.forEach((inline) => {
      if (typeof inline !== 'string' && 'quote' in inline && !known.quote.has(inline.quote)) report(item, 'notes', `unknown quote "${inline.quote}"`);
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
      // A reference shows the item's own text and sources, which validate.ts checks.
      if ('ref' in point) {
        if (!known[point.ref.kind].has(point.ref.id)) report(item, `notes[${index}].ref`, `unknown ${point.ref.kind} "${point.ref.id}"`);
        return;
      }
      if (point.cites.length === 0) report(item, `notes[${index}].cites`, 'note has no citation');
      point.cites.forEach((cite) => {
        const problem = citeProblem(content, cite);
        if (problem !== null) report(item, `notes[${index}].cites`, problem);
      });
      checkInlines(item, point.text);
      checkRepeat(item, `notes[${index}].text`, point.text);
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
        if (content.relations.length === 0) report(item, 'section', 'there are no relations to draw');
        break;
      case 'countdown': {
        // The slide counts the days between the story's dates; its ends must be the events on them.
        const dateOf = (id: string) => content.events.find((e) => e.id === id)?.date;
        check(item, 'from', 'event', [slide.from]);
        check(item, 'to', 'event', [slide.to]);
        if (known.event.has(slide.from) && dateOf(slide.from) !== site.asOf) report(item, 'from', `event "${slide.from}" is not dated ${site.asOf}, the story's "as of"`);
        if (known.event.has(slide.to) && dateOf(slide.to) !== site.deadline) report(item, 'to', `event "${slide.to}" is not dated ${site.deadline}, the deadline`);
        break;
      }
      case 'troops': {
        // The counts come from the troop data; the events are the timeline's entries for them, whose sources the slide cites.
        check(item, 'from', 'event', [slide.from]);
        check(item, 'to', 'event', [slide.to]);
        const from = content.events.findIndex((e) => e.id === slide.from);
        const to = content.events.findIndex((e) => e.id === slide.to);
        if (from >= 0 && to >= 0 && from >= to) report(item, 'to', 'the later count must come after the peak');
        const latest = content.troops.filter((p) => p.kind === 'snapshot' && p.date <= site.asOf).map((p) => p.date).sort().at(-1);
        const toDate = content.events[to]?.date;
        if (toDate !== undefined && latest !== undefined && toDate !== latest) report(item, 'to', `event "${slide.to}" is not dated ${latest}, the last count before ${site.asOf}`);
        break;
      }
      case 'watch':
        check(item, 'unknowns', 'unknown', slide.unknowns);
        if (slide.title.trim() === '') report(item, 'title', 'the slide needs a title');
        checkRepeat(item, 'title', slide.title);
        break;
      case 'title':
        if (slide.cites.length === 0) report(item, 'cites', 'the standfirst needs its sources');
        break;
      // The slide shows the key points as they are; their rules are checked once, in check.ts.
      case 'key-points':
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
