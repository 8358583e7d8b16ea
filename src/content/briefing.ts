import type { ActorId, Cite, EventId, Inline, ProposalId, SectionId, StepId } from './types';

/**
 * Present mode: the order of the briefing slides and the speaker notes.
 * Slides only point at content by id (sections, steps, events, proposals,
 * actors, open questions); the copy on screen comes from those items. So do
 * the notes wherever they tell a fact the content already tells: a note point
 * names the item (`ref`), and the notes show its text and sources. What the
 * notes write here is only what a presenter adds on top (framing, a
 * transition, what to stress), in our own words, each point with its sources.
 * Validated by validateBriefing.ts, which also refuses a written point that
 * repeats a content text.
 */

/** A point the presenter makes in our own words, with where it comes from. */
interface WrittenNote {
  readonly text: readonly Inline[];
  readonly cites: readonly Cite[];
}

/** The proposal fields a note can show (the card's own text for each). */
export type ProposalNoteField = 'ask' | 'aim' | 'timeFrame' | 'openQuestions';

/** A content item whose text and sources a note shows as they are. */
export type NoteRef =
  | { readonly kind: 'step'; readonly id: StepId }
  | { readonly kind: 'event'; readonly id: EventId }
  | { readonly kind: 'actor'; readonly id: ActorId }
  | { readonly kind: 'unknown'; readonly id: string }
  | { readonly kind: 'proposal'; readonly id: ProposalId; readonly field: ProposalNoteField };

/** One point of a slide's speaker notes: written here, or a pointer to the one copy of a fact. */
export type NotePoint = WrittenNote | { readonly ref: NoteRef };

interface SlideBase {
  readonly id: string;
  readonly notes: readonly NotePoint[];
}

/** The kinds of slide the deck knows how to draw. */
export type BriefingSlide =
  /** `cites` source the standfirst shown under the title. */
  | (SlideBase & { readonly kind: 'title'; readonly cites: readonly Cite[] })
  /** The key points (keyPoints.ts) as one slide, each with its sources along the bottom. */
  | (SlideBase & { readonly kind: 'key-points' })
  /** Story steps of one section, revealed one per key press, each with its graphic. */
  | (SlideBase & { readonly kind: 'story'; readonly section: SectionId; readonly steps: readonly StepId[]; readonly title?: string })
  /** Key timeline events, revealed one per key press. */
  | (SlideBase & { readonly kind: 'timeline'; readonly section: SectionId; readonly events: readonly EventId[] })
  | (SlideBase & { readonly kind: 'proposal'; readonly proposal: ProposalId })
  /** Who asks what of whom: the actors feature's relations diagram, with its key. */
  | (SlideBase & { readonly kind: 'actors'; readonly section: SectionId })
  /**
   * Days from the story's "as of" to the deadline (site.ts), between the two
   * events dated on them (`from`, `to`), whose titles and sources the slide shows.
   */
  | (SlideBase & { readonly kind: 'countdown'; readonly section: SectionId; readonly from: EventId; readonly to: EventId })
  /**
   * U.S. troops at the peak and on the last count before the "as of" date,
   * from the troop data (troops.ts); `from` and `to` are the timeline's events
   * for those two counts, whose sources the slide cites.
   */
  | (SlideBase & { readonly kind: 'troops'; readonly section: SectionId; readonly from: EventId; readonly to: EventId })
  /** Open questions; `title` is the slide's own heading. */
  | (SlideBase & { readonly kind: 'watch'; readonly section: SectionId; readonly title: string; readonly unknowns: readonly string[] })
  | (SlideBase & { readonly kind: 'sources'; readonly section: SectionId });

export const briefingSlides = [
  {
    id: 'title',
    kind: 'title',
    cites: ['p2.1', 'p4.1', 'p4.2', 'p5'],
    notes: [
      { ref: { kind: 'step', id: 'letter-sent' } },
      {
        text: [
          'It comes weeks before May 1, the date by which the 2020 U.S.–Taliban agreement foresees the last U.S. troops leaving; Washington says it has not decided whether to go.',
        ],
        cites: ['p5', 'p12', 'bg:pti-14-months'],
      },
      { ref: { kind: 'event', id: 'letter-reported' } },
    ],
  },
  {
    id: 'key-points',
    kind: 'key-points',
    notes: [
      {
        text: ['Give the whole briefing in a minute here; each slide after this one takes a single point further.'],
        cites: ['p4.1'],
      },
      {
        text: ['Keep the framing careful: the letter is known from media reports, and the State Department would neither confirm it nor comment.'],
        cites: ['p1', 'p10'],
      },
      {
        text: ['The one date to hold on to is May 1; the rest of the deck keeps coming back to it.'],
        cites: ['p5'],
      },
    ],
  },
  {
    id: 'news',
    kind: 'story',
    section: 'news',
    steps: ['letter-sent', 'letter-seen', 'urgent-leadership'],
    notes: [
      { ref: { kind: 'step', id: 'letter-seen' } },
      { text: ['Stress whose words these are: ', { quote: 'unusually-blunt' }, ' is how The New York Times describes the letter.'], cites: ['p4.1'] },
      { ref: { kind: 'step', id: 'letter-confirmed' } },
      { ref: { kind: 'step', id: 'letter-no-comment' } },
      { ref: { kind: 'step', id: 'urgent-leadership' } },
    ],
  },
  {
    id: 'countdown',
    kind: 'countdown',
    section: 'deadline',
    from: 'letter-reported',
    to: 'may-1-deadline',
    notes: [
      {
        text: ['Start the clock here: everything in this briefing happens against the date the 2020 agreement set for the last U.S. troops to be gone.'],
        cites: ['p5'],
      },
      { ref: { kind: 'event', id: 'may-1-deadline' } },
      {
        text: ['The count runs from the day the letter became public, not from the day it was written, which the reports do not give.'],
        cites: ['p2.1', 'bg:ap-letter', 'bg:nyt-letter'],
      },
    ],
  },
  {
    id: 'twenty-years',
    kind: 'timeline',
    section: 'war',
    events: [
      'war-begins',
      'troop-peak',
      'combat-mission-ends',
      'doha-agreement',
      'talks-open',
      'troops-2500',
      'review-announced',
      'letter-reported',
    ],
    notes: [
      { ref: { kind: 'step', id: 'war-begins' } },
      { ref: { kind: 'step', id: 'surge' } },
      { ref: { kind: 'step', id: 'doha' } },
      { ref: { kind: 'step', id: 'review' } },
      { ref: { kind: 'step', id: 'khalilzad-trip' } },
      { text: ['Hand over to the next slide: the last 2,500 troops and their May 1 date.'], cites: ['p4.2', 'p5'] },
    ],
  },
  {
    id: 'troop-drawdown',
    kind: 'troops',
    section: 'deadline',
    from: 'troop-peak',
    to: 'troops-2500',
    notes: [
      { ref: { kind: 'event', id: 'troop-peak' } },
      { ref: { kind: 'event', id: 'troops-2500' } },
      {
        text: ['Say what the count leaves out: it is U.S. military personnel inside the country, not contractors and not allied forces.'],
        cites: ['bg:facts-troop-levels'],
      },
    ],
  },
  {
    id: 'deadline',
    kind: 'story',
    section: 'deadline',
    steps: ['troops-2500', 'may-1', 'options-open'],
    notes: [
      { ref: { kind: 'step', id: 'troops-2500' } },
      { ref: { kind: 'step', id: 'may-1' } },
      { ref: { kind: 'step', id: 'options-open' } },
    ],
  },
  {
    // The locator map (issue #17): the three proposals that name places, one build each.
    id: 'map',
    kind: 'story',
    section: 'proposals',
    title: 'Where the diplomacy would happen',
    steps: ['proposal-summit', 'proposal-written', 'proposal-turkey'],
    notes: [
      {
        text: ['Point to the map first: five of the six countries named for the summit are in Afghanistan’s region, three of them (Iran, Pakistan, China) its neighbours; the United States is the sixth.'],
        cites: ['p14', 'bg:natural-earth'],
      },
      { ref: { kind: 'step', id: 'proposal-written' } },
      {
        text: ['The letter proposes the meeting in Turkey; the reports name no city, so the map marks Ankara only to place the country.'],
        cites: ['p16.1'],
      },
    ],
  },
  {
    id: 'proposal-1',
    kind: 'proposal',
    proposal: 'un-summit',
    notes: [
      { ref: { kind: 'step', id: 'proposal-summit' } },
      { ref: { kind: 'proposal', id: 'un-summit', field: 'openQuestions' } },
    ],
  },
  {
    id: 'proposal-2',
    kind: 'proposal',
    proposal: 'written-proposals',
    notes: [
      { ref: { kind: 'step', id: 'proposal-written' } },
      { ref: { kind: 'proposal', id: 'written-proposals', field: 'openQuestions' } },
      { ref: { kind: 'event', id: 'khalilzad-kabul' } },
    ],
  },
  {
    id: 'proposal-3',
    kind: 'proposal',
    proposal: 'turkey-meeting',
    notes: [
      { ref: { kind: 'step', id: 'proposal-turkey' } },
      { ref: { kind: 'proposal', id: 'turkey-meeting', field: 'openQuestions' } },
    ],
  },
  {
    id: 'proposal-4',
    kind: 'proposal',
    proposal: 'violence-reduction',
    notes: [
      { ref: { kind: 'step', id: 'proposal-violence' } },
      { ref: { kind: 'proposal', id: 'violence-reduction', field: 'openQuestions' } },
      { text: ['Link it back to the deadline: fighting has surged in recent months, the article says.'], cites: ['p13'] },
    ],
  },
  {
    id: 'whos-who',
    kind: 'actors',
    section: 'actors',
    notes: [
      {
        text: ['Read it left to right: who asks, the two Afghan sides, then the venues and the UN summit.'],
        cites: ['p2.1', 'p15', 'p16.1', 'p14'],
      },
      { ref: { kind: 'actor', id: 'blinken' } },
      { ref: { kind: 'actor', id: 'khalilzad' } },
      { ref: { kind: 'actor', id: 'ghani' } },
      { ref: { kind: 'actor', id: 'taliban' } },
      {
        text: ['The six governments around the UN appear only once in the article, named for the proposed summit.'],
        cites: ['p14'],
      },
    ],
  },
  {
    id: 'stakes',
    kind: 'story',
    section: 'stakes',
    steps: ['stakes-warning', 'stakes-weary', 'stakes-risk'],
    notes: [
      { ref: { kind: 'step', id: 'stakes-warning' } },
      { ref: { kind: 'step', id: 'stakes-weary' } },
      { ref: { kind: 'step', id: 'stakes-risk' } },
      { text: ['Present the last two as the two sides of the U.S. debate: the article reports both and takes neither.'], cites: ['p20', 'p21'] },
    ],
  },
  {
    id: 'watch',
    kind: 'watch',
    section: 'unknowns',
    title: 'What to watch before May 1',
    unknowns: ['withdrawal', 'ghani-response', 'taliban-response', 'summit-details', 'written-contents', 'letter-text'],
    notes: [
      { ref: { kind: 'unknown', id: 'withdrawal' } },
      { ref: { kind: 'unknown', id: 'ghani-response' } },
      { ref: { kind: 'unknown', id: 'taliban-response' } },
      { ref: { kind: 'unknown', id: 'summit-details' } },
      { ref: { kind: 'unknown', id: 'written-contents' } },
      { ref: { kind: 'unknown', id: 'letter-text' } },
    ],
  },
  {
    id: 'sources',
    kind: 'sources',
    section: 'sources',
    notes: [
      {
        text: ['The RFE/RL article credits reporting by TOLOnews, AP and Reuters, and relies on TOLOnews and The New York Times for the letter.'],
        cites: ['credit', 'p2.1', 'p2.2'],
      },
      {
        text: ['Troop figures come from a verified series built from CRS, Defense Department, AP and Reuters reporting, point by point.'],
        cites: ['bg:facts-troop-levels'],
      },
    ],
  },
] as const satisfies readonly BriefingSlide[];

/*
 * Hindsight (issue #14): with `?present&hindsight` the deck adds these slides
 * after the March 2021 ones, before the closing sources slide. They hold no
 * facts of their own: each names items of the hindsight layer (hindsight.ts),
 * whose text, dates and later sources the deck shows as they are. What is
 * written here is only the slide's heading and the presenter's cue, neither
 * of which states a fact (validateBriefing refuses digits in them).
 */

/** An item of the hindsight layer whose text and later sources a note shows as they are. */
export type HindsightNoteRef =
  | { readonly kind: 'proposal-fate'; readonly id: ProposalId }
  | { readonly kind: 'later-event'; readonly id: EventId }
  | { readonly kind: 'deadline-fate' }
  | { readonly kind: 'unknown-answer'; readonly id: string };

interface HindsightSlideBase {
  readonly id: string;
  /** The slide's heading. */
  readonly title: string;
  /** What the presenter says first: that this is hindsight, from later reporting. No facts. */
  readonly cue: string;
  readonly notes: readonly HindsightNoteRef[];
}

/** The kinds of hindsight slide the deck knows how to draw itself. */
export type HindsightSlide =
  /** What became of each proposal (by the letter's order), under its March 2021 title. */
  | (HindsightSlideBase & { readonly kind: 'later-proposals'; readonly proposals: readonly ProposalId[] })
  /** Dated later events, by id, in date order: dates and titles on the slide, summaries in the notes. */
  | (HindsightSlideBase & { readonly kind: 'later-events'; readonly events: readonly EventId[] })
  /** What became of the May 1 deadline, between the later events dated at its two ends. */
  | (HindsightSlideBase & { readonly kind: 'later-deadline'; readonly from: EventId; readonly to: EventId })
  /** The article's open questions (story.ts `unknowns`), each with its answer with hindsight. */
  | (HindsightSlideBase & { readonly kind: 'later-answers'; readonly unknowns: readonly string[] });

/** Any slide of the deck: the briefing as of March 2021, or one the hindsight switch adds. */
export type DeckSlide = BriefingSlide | HindsightSlide;

/** The hindsight slides go before this slide (the closing sources); at the end if the deck has none. */
export const hindsightSlidesBefore = 'sources';

const HINDSIGHT_CUE = 'Say it plainly: from here on this is hindsight, written from reporting published after the article, which knew none of it.';

export const hindsightSlides = [
  {
    id: 'later-proposals',
    kind: 'later-proposals',
    title: 'What became of the four proposals',
    cue: HINDSIGHT_CUE,
    proposals: ['un-summit', 'written-proposals', 'turkey-meeting', 'violence-reduction'],
    notes: [
      { kind: 'proposal-fate', id: 'un-summit' },
      { kind: 'proposal-fate', id: 'written-proposals' },
      { kind: 'proposal-fate', id: 'turkey-meeting' },
      { kind: 'proposal-fate', id: 'violence-reduction' },
    ],
  },
  {
    id: 'later-withdrawal',
    kind: 'later-events',
    title: 'The decision and the withdrawal',
    cue: 'Take the dates one by one: each comes from later reporting, not from the article.',
    events: ['biden-withdrawal-decision', 'withdrawal-begins', 'taliban-enter-kabul', 'last-us-flight'],
    notes: [
      { kind: 'later-event', id: 'biden-withdrawal-decision' },
      { kind: 'later-event', id: 'withdrawal-begins' },
      { kind: 'later-event', id: 'taliban-enter-kabul' },
      { kind: 'later-event', id: 'last-us-flight' },
    ],
  },
  {
    id: 'later-deadline',
    kind: 'later-deadline',
    title: 'What became of the deadline',
    cue: 'Close the clock the briefing started: this is how the deadline ended, in later reporting.',
    from: 'withdrawal-begins',
    to: 'last-us-flight',
    notes: [{ kind: 'deadline-fate' }, { kind: 'later-event', id: 'withdrawal-begins' }, { kind: 'later-event', id: 'last-us-flight' }],
  },
  {
    id: 'later-answers',
    kind: 'later-answers',
    title: 'The open questions, answered with hindsight',
    cue: 'Go back to what the briefing said to watch: each answer comes from later reporting, not from the article.',
    unknowns: ['withdrawal', 'ghani-response', 'taliban-response'],
    notes: [
      { kind: 'unknown-answer', id: 'withdrawal' },
      { kind: 'unknown-answer', id: 'ghani-response' },
      { kind: 'unknown-answer', id: 'taliban-response' },
    ],
  },
  {
    id: 'later-answers-more',
    kind: 'later-answers',
    title: 'More open questions, answered with hindsight',
    cue: 'The summit, the written proposals and the letter itself, as later reporting tells them.',
    unknowns: ['summit-details', 'written-contents', 'letter-text'],
    notes: [
      { kind: 'unknown-answer', id: 'summit-details' },
      { kind: 'unknown-answer', id: 'written-contents' },
      { kind: 'unknown-answer', id: 'letter-text' },
    ],
  },
] as const satisfies readonly HindsightSlide[];
