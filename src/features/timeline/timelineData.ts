import { article } from '../../content/article';
import { resolveCites, type ResolvedCite } from '../../content/cites';
import type { HindsightLayer } from '../../content/hindsightLayer';
import { site, ui } from '../../content/site';
import { timelineEvents, timelineUi } from '../../content/timeline';
import { resolveTroopSources, troopCaveats } from '../../content/troops';
import type { TimelineEvent, TroopPoint } from '../../content/types';
import { snapshotSeries } from './troopSeries';
import { latestDateIn, splitSource } from './troopText';

/**
 * The downloadable data: the events and the troop series as CSV and JSON,
 * built from the same content the page renders (a Vite plugin writes the
 * files at build time and serves them in dev). Every row keeps its sources,
 * and its `source_type` says which kind they are: `article`, `background` or
 * `later` (Later reporting). With hindsight on, the page makes the same four
 * files again in the browser, with the later events and troop figures added,
 * from the layer it has loaded (the build never bundles it).
 */
export const DATA_FILES = {
  eventsCsv: 'data/timeline-events.csv',
  eventsJson: 'data/timeline-events.json',
  troopsCsv: 'data/us-troops-in-afghanistan.csv',
  troopsJson: 'data/us-troops-in-afghanistan.json',
} as const;

export interface DataFile {
  readonly fileName: string;
  readonly source: string;
}

/** The files with later reporting, made in the browser: their names as saved. */
export const HINDSIGHT_FILE_NAMES = {
  eventsCsv: 'timeline-events-with-later-reporting.csv',
  eventsJson: 'timeline-events-with-later-reporting.json',
  troopsCsv: 'us-troops-in-afghanistan-with-later-reporting.csv',
  troopsJson: 'us-troops-in-afghanistan-with-later-reporting.json',
} as const;

/** Where a row comes from, as the page marks it: "In the article", "Background", "Later reporting". */
type SourceType = 'article' | 'background' | 'later';

/** An empty cell is a value nobody published (a troop count given only as a percentage): never filled in. */
type Cell = string | number | null;

/** One RFC 4180 field; text a spreadsheet would run as a formula gets a leading apostrophe. */
export const csvField = (value: Cell): string => {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export const toCsv = (header: readonly string[], rows: readonly (readonly Cell[])[]): string =>
  [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';

/** A citation that stands on its own outside the page. */
const describeCite = (source: ResolvedCite): string =>
  source.kind === 'article'
    ? `${source.publisher}${source.paragraph === undefined ? '' : ` ¶${source.paragraph}`}: “${source.text}”`
    : `${source.publisher}: ${source.text}`;

const eventRecords = (events: readonly TimelineEvent[]) =>
  events.map((event) => ({
    id: event.id,
    date: event.date,
    precision: event.precision,
    title: event.title,
    summary: event.summary,
    source_type: (event.inArticle ? 'article' : 'background') as SourceType,
    cites: [...event.cites] as string[],
    sources: resolveCites(event.cites).map(describeCite),
  }));

const laterEventRecords = (hindsight: HindsightLayer) =>
  hindsight.events.map((event) => ({
    id: event.id,
    date: event.date,
    precision: event.precision,
    title: event.title,
    summary: event.summary,
    source_type: 'later' as SourceType,
    cites: [...event.cites] as string[],
    sources: hindsight.resolveLaterCites(event.cites).map(describeCite),
  }));

/** A fact-sheet count is later reporting if any of its sources is dated after the "as of" date (by the date in its name). */
const troopSourceType = (sources: readonly string[]): SourceType =>
  sources.some((source) => (latestDateIn(splitSource(source).label) ?? '') > site.asOf) ? 'later' : 'background';

const troopRecords = (points: readonly TroopPoint[]) =>
  points.map((point) => {
    // In full, as the fact sheet names them: the files stand on their own, with no list of ids to look up.
    const sources = resolveTroopSources(point.sources).map((source) => source.text);
    return { date: point.date, troops: point.troops as number | null, kind: point.kind as string, source_type: troopSourceType(sources), sources };
  });

const laterTroopRecords = (hindsight: HindsightLayer) =>
  hindsight.troops.map((point) => ({
    date: point.date,
    troops: point.troops,
    kind: point.kind as string,
    source_type: 'later' as SourceType,
    sources: hindsight.resolveLaterCites(point.cites).map(describeCite),
    note: point.note,
  }));

const about = {
  explainer: site.title,
  as_of: site.asOf,
  article: `${article.publisher}, “${article.headline}”`,
  layers: ui.dataLayers,
  source_type: ui.dataSourceTypes,
};

const EVENT_HEADER = ['id', 'date', 'precision', 'title', 'summary', 'source_type', 'cites', 'sources'];
const TROOP_HEADER = ['date', 'troops', 'kind', 'source_type', 'sources'];

/**
 * The four files: the story as of March 7, 2021 (what the build writes), or
 * with hindsight the same files with the later events and troop figures
 * after the story's rows, each marked `later`. A troop figure nobody published
 * stays empty in the CSV and null in the JSON.
 */
export const timelineDataFiles = (hindsight: HindsightLayer | null = null): DataFile[] => {
  const events = [...eventRecords(timelineEvents), ...(hindsight === null ? [] : laterEventRecords(hindsight))];
  const troops = troopRecords(snapshotSeries());
  const laterTroops = hindsight === null ? [] : laterTroopRecords(hindsight);
  const names = hindsight === null ? DATA_FILES : HINDSIGHT_FILE_NAMES;
  const troopHeader = hindsight === null ? TROOP_HEADER : [...TROOP_HEADER, 'note'];
  const troopRows = [
    ...troops.map((t) => [t.date, t.troops, t.kind, t.source_type, t.sources.join(' | ')]),
    ...laterTroops.map((t) => [t.date, t.troops, t.kind, t.source_type, t.sources.join(' | '), t.note]),
  ];
  return [
    {
      fileName: names.eventsCsv,
      source: toCsv(
        EVENT_HEADER,
        events.map((e) => [e.id, e.date, e.precision, e.title, e.summary, e.source_type, e.cites.join('; '), e.sources.join(' | ')]),
      ),
    },
    { fileName: names.eventsJson, source: `${JSON.stringify({ ...about, events }, null, 2)}\n` },
    { fileName: names.troopsCsv, source: toCsv(troopHeader, troopRows) },
    {
      fileName: names.troopsJson,
      source: `${JSON.stringify({ ...about, description: timelineUi.troops.summary, caveats: troopCaveats, points: [...troops, ...laterTroops] }, null, 2)}\n`,
    },
  ];
};
