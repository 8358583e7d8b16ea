import { resolveCites, type ResolvedCite } from '../../content/cites';
import type { HindsightLayer } from '../../content/hindsightLayer';
import { timelineEvents } from '../../content/timeline';
import type { ActorId, TimelineEvent } from '../../content/types';
import { chartEventOf, type ChartEvent } from './timelineGeometry';
import { isOnAxis } from './timelineModel';
import { HINDSIGHT_FRAME } from './timelineScale';

/** One row of the event list, from the story or from later reporting, with its sources resolved. */
export interface EventRow extends ChartEvent {
  readonly summary: string;
  readonly actors: readonly ActorId[];
  /** The row's one marker. */
  readonly lead: readonly ResolvedCite[];
  /** The other sources, named in the details. */
  readonly rest: readonly ResolvedCite[];
  /** Whether the event falls after the chart's end (later events from September 2021 on). */
  readonly isPastChart: boolean;
}

/** Cites one marker shows together: one article paragraph, or all background sources (see CiteList). */
const sameMarker = (a: ResolvedCite, b: ResolvedCite): boolean => a.kind === b.kind && a.paragraph === b.paragraph;

/**
 * The row's one marker (the article's first cited paragraph for the article's
 * events, else the background sources) and the rest, which the details list,
 * so an open row names each source once.
 */
const splitSources = (event: TimelineEvent) => {
  const sources = resolveCites(event.cites);
  const first = sources.find((source) => source.kind === (event.inArticle ? 'article' : 'background')) ?? sources[0];
  if (first === undefined) return { lead: [], rest: [] };
  return { lead: sources.filter((source) => sameMarker(source, first)), rest: sources.filter((source) => !sameMarker(source, first)) };
};

/** The story's events, as the page lists them without hindsight. */
export const storyRows: readonly EventRow[] = timelineEvents.map((event) => ({
  ...chartEventOf(event),
  summary: event.summary,
  actors: event.actors,
  ...splitSources(event),
  isPastChart: false,
}));

/** The later events, each with all its sources behind one "Later" marker. */
export const laterRows = (hindsight: HindsightLayer): EventRow[] =>
  hindsight.events.map((event) => ({
    id: event.id,
    date: event.date,
    precision: event.precision,
    title: event.title,
    source: 'later',
    summary: event.summary,
    actors: event.actors,
    lead: hindsight.resolveLaterCites(event.cites),
    rest: [],
    isPastChart: !isOnAxis(event.date, HINDSIGHT_FRAME),
  }));
