/**
 * The one content model every mode (story, embed, slides) reads.
 * Pure types: no React, no DOM. Ids are kebab-case string literals.
 */

/** A paragraph of the RFE/RL article, `p1`..`p21`: the project's citation scheme. */
type ParagraphId = `p${number}`;

/** One sentence of a paragraph, 1-based: `p4.2` is the second sentence of p4. */
type SentenceRef = `${ParagraphId}.${number}`;

/** A named background source from ../shared/facts, registered in `sources.ts`. */
type BackgroundRef = `bg:${string}`;

/**
 * Where a claim comes from. A bare paragraph id is allowed only when the
 * paragraph has a single sentence, so a citation always resolves to one sentence.
 * `credit` is the article's closing credit line.
 */
export type Cite = ParagraphId | SentenceRef | BackgroundRef | 'credit';

/** ISO date at the precision the sources support: `2021-03-07`, `2010-06` or `2010`. */
export type IsoDate = string;
export type DatePrecision = 'day' | 'month' | 'year';

interface ArticleParagraph {
  readonly id: ParagraphId;
  /** The paragraph split into sentences; joined with single spaces they give the paragraph verbatim. */
  readonly sentences: readonly string[];
}

export interface Article {
  readonly publisher: string;
  readonly publisherShort: string;
  readonly headline: string;
  readonly photoCaption: string;
  readonly creditLine: string;
  /** Outlets the article names as its own sources, in the order it gives them. */
  readonly creditedOutlets: readonly ActorId[];
  readonly paragraphs: readonly ArticleParagraph[];
}

export interface BackgroundSource {
  readonly id: BackgroundRef;
  readonly publisher: string;
  readonly title: string;
  /** Publication date as given by the fact sheet, free text ("Mar 7, 2021"). */
  readonly date?: string;
  /** Only addresses the fact sheet itself records. */
  readonly url?: string;
}

export type ActorId = string;
export type EventId = string;
export type ProposalId = string;
export type QuoteId = string;
export type StepId = string;

/** A short verbatim passage from the article, attributed to who said or wrote it. */
export interface Quote {
  readonly id: QuoteId;
  /** Word for word as printed in the paragraph (its spelling and punctuation kept). */
  readonly text: string;
  readonly paragraph: ParagraphId;
  /** Who said or wrote it. */
  readonly speaker: ActorId;
  /** Who reported it, when the article relays someone else's report. */
  readonly via?: ActorId;
}

/** A term the glossary explains (glossary.ts), kebab-case: `'doha-agreement'`. */
export type GlossaryId = string;

/**
 * Inline rich text: plain strings, verbatim quotes rendered as `<q>`, and a
 * glossary term at its first use in a section (`text` is the story's own words, unchanged).
 */
export type Inline = string | { readonly quote: QuoteId } | { readonly term: GlossaryId; readonly text: string };

/** One sentence of a glossary definition, in our own words, with the background sources it rests on. */
interface GlossarySentence {
  readonly text: string;
  readonly cites: readonly Cite[];
}

/** A term a general reader may not know, defined from ../shared/facts. */
export interface GlossaryEntry {
  readonly id: GlossaryId;
  /** The term's name as the Glossary lists it. */
  readonly term: string;
  /** One or two sentences, each with its own sources. */
  readonly definition: readonly GlossarySentence[];
}

export type ActorGroup =
  | 'united-states'
  | 'afghan-government'
  | 'taliban'
  | 'regional-powers'
  | 'hosts'
  | 'international'
  | 'news-organisations';

/** Who asks what of whom, for the actors panel's relations diagram and its text version. */
export interface ActorRelation {
  readonly id: string;
  /** 'asks': `from` asks something of `to`; 'attends': `from` would send people to `to`'s event; 'hosts': `from` hosts `to`. */
  readonly kind: 'asks' | 'attends' | 'hosts';
  readonly from: readonly ActorId[];
  readonly to: readonly ActorId[];
  /** A few words for the diagram. */
  readonly label: string;
  /** The same relation as a sentence, for the list (the accessible version). */
  readonly text: readonly Inline[];
  /** Letter proposals this relation belongs to. */
  readonly proposals: readonly ProposalId[];
  readonly cites: readonly Cite[];
}

export interface Actor {
  readonly id: ActorId;
  readonly name: string;
  /** Short label for diagrams and chips. */
  readonly shortName: string;
  /** Letters for the emblem that stands in for a portrait or flag (ISO 3166 code for a country); derived when absent. */
  readonly emblem?: string;
  readonly kind: 'person' | 'government' | 'organisation' | 'news-organisation';
  readonly group: ActorGroup;
  /** Role as of March 2021. */
  readonly role: string;
  /** Set when only one source gives the role, e.g. "according to RFE/RL". */
  readonly roleAttribution?: string;
  /** What the article says they did or want, in our words. */
  readonly summary: string;
  readonly cites: readonly Cite[];
  readonly quotes: readonly QuoteId[];
}

export interface TimelineEvent {
  readonly id: EventId;
  readonly date: IsoDate;
  readonly precision: DatePrecision;
  readonly title: string;
  /** One or two sentences in our own words. */
  readonly summary: string;
  /** True when the article itself states the event (its cites then include a paragraph). */
  readonly inArticle: boolean;
  readonly cites: readonly Cite[];
  readonly actors: readonly ActorId[];
}

/**
 * A labelled stretch of time drawn as a band under the timeline: a phase of the
 * mission or the withdrawal timetable. `track` puts bands that may overlap on
 * separate rows.
 */
export interface TimelineEra {
  readonly id: string;
  readonly track: 'mission' | 'agreement';
  readonly label: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** True when the era had not ended as of the story's "as of" date; `end` is then where the band stops. */
  readonly isOngoing: boolean;
  /** One sentence in our own words. */
  readonly summary: string;
  readonly cites: readonly Cite[];
}

export type TroopPointKind = 'snapshot' | 'annual-average' | 'announced-target';

/** Id of one source in the troop fact sheet's list of distinct sources (`troopSources`). */
export type TroopSourceId = `troop-source-${number}`;

/** A source of troop counts, named exactly as the fact sheet names it (publisher, title, date, then the address read). */
export interface TroopSource {
  readonly id: TroopSourceId;
  readonly text: string;
}

export interface TroopPoint {
  readonly date: IsoDate;
  readonly troops: number;
  readonly kind: TroopPointKind;
  /** The point's sources, in the fact sheet's order, as ids into `troopSources`. */
  readonly sources: readonly TroopSourceId[];
}

/** A short claim in our own words with the sources it rests on. */
export interface SourcedNote {
  readonly text: string;
  readonly cites: readonly Cite[];
}

export interface Proposal {
  readonly id: ProposalId;
  /** 1..4, the letter's order (article p14–p17). */
  readonly number: number;
  readonly title: string;
  /** The ask, in one sentence. */
  readonly ask: string;
  readonly who: readonly ActorId[];
  readonly whoLabel: string;
  readonly where: string;
  /** Short, for the collapsed card ("In coming weeks"). */
  readonly when: string;
  /** The time frame in full, for the expanded card: what the article gives and what it does not. */
  readonly timeFrame: string;
  /** What it is meant to achieve or prevent. */
  readonly aim: string;
  /** The letter's words as the article reports them. */
  readonly quote: QuoteId;
  /** What the article leaves open. */
  readonly openQuestions: readonly string[];
  /** Where it stood as of the article ("Proposed in the letter"). */
  readonly status: string;
  /** When that was, with its sources: the article gives no date, so this rests on background reports. */
  readonly statusDate: SourcedNote;
  /** What other reports of the letter add or dispute; cites background sources only. */
  readonly backgroundNotes: readonly SourcedNote[];
  readonly cites: readonly Cite[];
}

/** What the sticky graphic shows for a step: a pure function of the active step. */
export type GraphicState =
  | { readonly scene: 'letter'; readonly focus: 'sent' | 'seen' | 'confirmed' | 'silent' | 'urgent' }
  | { readonly scene: 'timeline'; readonly events: readonly EventId[] }
  | { readonly scene: 'troops'; readonly focusDate: IsoDate }
  | { readonly scene: 'countdown'; readonly focus: 'deadline' | 'undecided' }
  | { readonly scene: 'proposals'; readonly focus: ProposalId }
  | { readonly scene: 'map'; readonly focus: 'summit' | 'shuttle' | 'turkey' }
  | { readonly scene: 'stakes'; readonly focus: 'warning' | 'weary' | 'risk' };

export type SectionId = 'news' | 'war' | 'deadline' | 'proposals' | 'actors' | 'stakes' | 'unknowns' | 'next' | 'sources';

/** Where a feature component is placed inside a section. */
type SectionSlot = 'timeline' | 'troops' | 'proposals' | 'actors' | 'unknowns' | 'hindsight' | 'sources';

export interface StorySection {
  readonly id: SectionId;
  readonly kicker: string;
  readonly heading: string;
  readonly intro?: readonly Inline[];
  readonly slot?: SectionSlot;
}

export interface StoryStep {
  readonly id: StepId;
  readonly section: SectionId;
  readonly body: readonly Inline[];
  readonly cites: readonly Cite[];
  readonly graphic: GraphicState;
  /** Text alternative for the graphic at this step (read after the step text). */
  readonly graphicAlt: string;
  readonly actors: readonly ActorId[];
  readonly events: readonly EventId[];
  readonly proposals: readonly ProposalId[];
}

export interface Unknown {
  readonly id: string;
  readonly question: string;
  readonly detail: string;
  readonly cites: readonly Cite[];
}

/** Everything the validator checks, in one bundle. */
export interface ContentBundle {
  readonly article: Article;
  readonly sources: readonly BackgroundSource[];
  readonly quotes: readonly Quote[];
  readonly actors: readonly Actor[];
  readonly events: readonly TimelineEvent[];
  /** Optional so bundles built before eras existed still type-check. */
  readonly eras?: readonly TimelineEra[];
  /** Who asks what of whom, for the relations diagram and its list. */
  readonly relations: readonly ActorRelation[];
  /** The sides actors are grouped under. */
  readonly actorGroups: readonly { readonly id: ActorGroup; readonly label: string }[];
  /** The embeddable parts: each links to a story section (or the top). */
  readonly embedParts: readonly { readonly id: string; readonly section: SectionId | null }[];
  readonly troops: readonly TroopPoint[];
  /** Every source the troop points name, each once. */
  readonly troopSources: readonly TroopSource[];
  readonly proposals: readonly Proposal[];
  readonly sections: readonly StorySection[];
  readonly steps: readonly StoryStep[];
  readonly unknowns: readonly Unknown[];
}

/*
 * The hindsight layer (issue #14): what happened after the article, from
 * reporting published later (../shared/facts/after-march-2021.json). Kept apart
 * from the story as of March 2021: its own cites, its own dates, its own types.
 */

/** A source published after the article, registered in `sources.ts` `laterSources`. */
export type LaterCite = `later:${string}`;

/** A later report, named as the fact sheet names it (publisher, title, date as published, the address read). */
export interface LaterSource {
  readonly id: LaterCite;
  readonly publisher: string;
  readonly title: string;
  /** Free text, as the fact sheet gives it ("Aug 31, 2021", "Mar 2021"). */
  readonly date?: string;
  /** Only addresses the fact sheet itself records. */
  readonly url?: string;
}

/** A short hindsight claim in our own words with the later reports it rests on. */
export interface HindsightNote {
  readonly text: string;
  readonly cites: readonly LaterCite[];
}

/** A dated event after March 7, 2021, drawn in the "Later reporting" style. */
export interface HindsightEvent {
  readonly id: EventId;
  readonly date: IsoDate;
  readonly precision: DatePrecision;
  readonly title: string;
  /** One or two sentences in our own words. */
  readonly summary: string;
  readonly cites: readonly LaterCite[];
  readonly actors: readonly ActorId[];
}

/** "What became of it", for one of the letter's proposals: a verdict of a few words, then the detail. */
export interface ProposalFate extends HindsightNote {
  readonly proposal: ProposalId;
  readonly verdict: string;
}

/** "By October 2021", for one actor the later fact sheet covers. */
export interface ActorFate extends HindsightNote {
  readonly actor: ActorId;
}

/** The answer, with hindsight, to one of the open questions (`Unknown`). */
export interface UnknownAnswer extends HindsightNote {
  readonly unknown: string;
}

/** The later fact sheet's own kinds: on the record, reported by the press or officials unnamed, or a level the government set. */
export type HindsightTroopKind = 'official' | 'reported' | 'target';

/**
 * A troop figure after March 7, 2021. `troops` is null where only a
 * percentage of the withdrawal was published: a gap, never an invented count.
 */
export interface HindsightTroopPoint {
  readonly date: IsoDate;
  readonly troops: number | null;
  readonly kind: HindsightTroopKind;
  /** What the figure is (or why there is none), in our words. */
  readonly note: string;
  readonly cites: readonly LaterCite[];
}

/**
 * One step of "What happened next": a stretch of time, the later events it
 * covers (by id, told once in `hindsightEvents`) and what its graphic shows.
 */
export interface HindsightStep {
  readonly id: string;
  readonly heading: string;
  readonly events: readonly EventId[];
  /** Opens the step with each proposal's verdict (`proposalFates`). */
  readonly showsProposalFates?: boolean;
  /** Adds what became of the May 1 deadline (`deadlineFate`) to the step. */
  readonly showsDeadlineFate?: boolean;
  /** Text alternative for the graphic at this step. */
  readonly graphicAlt: string;
}

/** Everything the hindsight validator checks, in one bundle. */
export interface HindsightBundle {
  readonly laterSources: readonly LaterSource[];
  readonly events: readonly HindsightEvent[];
  readonly proposalFates: readonly ProposalFate[];
  readonly actorFates: readonly ActorFate[];
  readonly unknownAnswers: readonly UnknownAnswer[];
  readonly troops: readonly HindsightTroopPoint[];
  /** What became of the May 1 deadline, for the countdown. */
  readonly deadlineFate: HindsightNote;
  readonly steps: readonly HindsightStep[];
  /** The events' ids as the address parser knows them (hindsightEventIds.ts). */
  readonly linkableEventIds: readonly string[];
}
