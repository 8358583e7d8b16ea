import {
  hindsightSlides,
  hindsightSlidesBefore,
  type BriefingSlide,
  type DeckSlide,
  type HindsightNoteRef,
  type HindsightSlide,
} from '../../content/briefing';
import type { ResolvedCite } from '../../content/cites';
import type { HindsightLayer } from '../../content/hindsightLayer';
import { proposals } from '../../content/proposals';
import { unknowns } from '../../content/story';
import type { HindsightEvent, LaterCite } from '../../content/types';
import { formatDate } from '../../lib/dates';
import { shownNotes, type ShownNote } from './notePoints';

/**
 * The slides `?present&hindsight` adds (issue #14). Their facts come from the
 * hindsight layer the app hands the deck (never imported here, so its later
 * sources stay out of the deck's scripts until the switch is on).
 */

const HINDSIGHT_KINDS: ReadonlySet<string> = new Set<HindsightSlide['kind']>(['later-proposals', 'later-events', 'later-deadline', 'later-answers']);

export const isHindsightSlide = (slide: DeckSlide): slide is HindsightSlide => HINDSIGHT_KINDS.has(slide.kind);

/** The deck's slides: the briefing as it is without hindsight; with it, the added slides before the closing sources slide. */
export const deckSlides = (slides: readonly BriefingSlide[], hindsight: HindsightLayer | null): readonly DeckSlide[] => {
  if (hindsight === null) return slides;
  const at = slides.findIndex((s) => s.id === hindsightSlidesBefore);
  const cut = at < 0 ? slides.length : at;
  return [...slides.slice(0, cut), ...hindsightSlides, ...slides.slice(cut)];
};

/**
 * The first sentence of a text, word for word, so a slide can show a fact in
 * short without rewording it (the whole text is in the notes). Initials and
 * abbreviations ("U.S.", "p.m.") do not end a sentence.
 */
export const firstSentence = (text: string): string => {
  const end = /(?<!\b\p{L})[.!?](?=\s+[\p{Lu}“‘(]|$)/u.exec(text);
  return end === null ? text : text.slice(0, end.index + 1);
};

/** The later events named by id, in the order named; unknown ids are skipped (the validator reports them). */
export const laterEvents = (hindsight: HindsightLayer, ids: readonly string[]): HindsightEvent[] =>
  ids.flatMap((id) => hindsight.events.filter((e) => e.id === id));

/** One note point's item in the layer: what it is (lead), its text and its later sources; null if there is none. */
const resolveRef = (ref: HindsightNoteRef, hindsight: HindsightLayer): { lead: string; text: string; cites: readonly LaterCite[] } | null => {
  switch (ref.kind) {
    case 'proposal-fate': {
      const fate = hindsight.proposalFates.find((f) => f.proposal === ref.id);
      const proposal = proposals.find((p) => p.id === ref.id);
      return fate && proposal ? { lead: proposal.title, text: `${fate.verdict}. ${fate.text}`, cites: fate.cites } : null;
    }
    case 'later-event': {
      const [event] = laterEvents(hindsight, [ref.id]);
      return event ? { lead: `${formatDate(event.date, event.precision)}, ${event.title}`, text: event.summary, cites: event.cites } : null;
    }
    case 'deadline-fate':
      return { lead: hindsight.ui.deadlineFateLabel, text: hindsight.deadlineFate.text, cites: hindsight.deadlineFate.cites };
    case 'unknown-answer': {
      const answer = hindsight.unknownAnswers.find((a) => a.unknown === ref.id);
      const unknown = unknowns.find((u) => u.id === ref.id);
      return answer && unknown ? { lead: unknown.question, text: answer.text, cites: answer.cites } : null;
    }
    default: {
      const unreachable: never = ref;
      return unreachable;
    }
  }
};

/** Every later source the slide's items rest on, each once, in the order shown. */
export const laterSlideCites = (slide: HindsightSlide, hindsight: HindsightLayer): LaterCite[] => {
  const refs: readonly HindsightNoteRef[] =
    slide.kind === 'later-proposals'
      ? slide.proposals.map((id) => ({ kind: 'proposal-fate', id }))
      : slide.kind === 'later-events'
        ? slide.events.map((id) => ({ kind: 'later-event', id }))
        : slide.kind === 'later-deadline'
          ? [{ kind: 'deadline-fate' }, { kind: 'later-event', id: slide.from }, { kind: 'later-event', id: slide.to }]
          : slide.unknowns.map((id) => ({ kind: 'unknown-answer', id }));
  return [...new Set(refs.flatMap((ref) => resolveRef(ref, hindsight)?.cites ?? []))];
};

/** A slide's speaker notes as shown, with their sources resolved: the briefing's, or a hindsight slide's from the layer. */
export const slideNotes = (slide: DeckSlide, hindsight: HindsightLayer | null): ShownNote[] => {
  if (!isHindsightSlide(slide)) return shownNotes(slide.notes);
  if (hindsight === null) return [];
  return slide.notes.flatMap((ref) => {
    const item = resolveRef(ref, hindsight);
    return item === null ? [] : [{ lead: item.lead, text: [item.text], sources: hindsight.resolveLaterCites(item.cites) }];
  });
};

/** Later sources of a slide, resolved for its sources line; none for the briefing's own slides. */
export const slideLaterSources = (slide: DeckSlide, hindsight: HindsightLayer | null): ResolvedCite[] =>
  hindsight !== null && isHindsightSlide(slide) ? hindsight.resolveLaterCites(laterSlideCites(slide, hindsight)) : [];
