import { article } from '../../content/article';
import { resolveCites, type ResolvedCite } from '../../content/cites';
import { site } from '../../content/site';
import { timelineEvents, timelineUi } from '../../content/timeline';
import { resolveTroopSources, troopCaveats } from '../../content/troops';
import type { TimelineEvent, TroopPoint } from '../../content/types';
import { snapshotSeries } from './troopSeries';

/**
 * The downloadable data: the events and the troop series as CSV and JSON,
 * built from the same content the page renders (a Vite plugin writes the
 * files at build time and serves them in dev). Every row keeps its sources.
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

type Cell = string | number;

/** One RFC 4180 field; text a spreadsheet would run as a formula gets a leading apostrophe. */
export const csvField = (value: Cell): string => {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export const toCsv = (header: readonly string[], rows: readonly (readonly Cell[])[]): string =>
  [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';

/** A citation that stands on its own outside the page. */
const describeCite = (source: ResolvedCite): string =>
  source.kind === 'background'
    ? `${source.publisher}: ${source.text}`
    : `${source.publisher}${source.paragraph === undefined ? '' : ` ¶${source.paragraph}`}: “${source.text}”`;

const eventRecords = (events: readonly TimelineEvent[] = timelineEvents) =>
  events.map((event) => ({
    id: event.id,
    date: event.date,
    precision: event.precision,
    title: event.title,
    summary: event.summary,
    source_type: event.inArticle ? 'article' : 'background',
    cites: [...event.cites],
    sources: resolveCites(event.cites).map(describeCite),
  }));

const troopRecords = (points: readonly TroopPoint[] = snapshotSeries()) =>
  points.map((point) => ({
    date: point.date,
    troops: point.troops,
    kind: point.kind,
    // In full, as the fact sheet names them: the files stand on their own, with no list of ids to look up.
    sources: resolveTroopSources(point.sources).map((source) => source.text),
  }));

const about = {
  explainer: site.title,
  as_of: site.asOf,
  article: `${article.publisher}, “${article.headline}”`,
};

export const timelineDataFiles = (): DataFile[] => {
  const events = eventRecords();
  const troops = troopRecords();
  return [
    {
      fileName: DATA_FILES.eventsCsv,
      source: toCsv(
        ['id', 'date', 'precision', 'title', 'summary', 'source_type', 'cites', 'sources'],
        events.map((e) => [e.id, e.date, e.precision, e.title, e.summary, e.source_type, e.cites.join('; '), e.sources.join(' | ')]),
      ),
    },
    { fileName: DATA_FILES.eventsJson, source: `${JSON.stringify({ ...about, events }, null, 2)}\n` },
    {
      fileName: DATA_FILES.troopsCsv,
      source: toCsv(
        ['date', 'troops', 'kind', 'sources'],
        troops.map((t) => [t.date, t.troops, t.kind, t.sources.join(' | ')]),
      ),
    },
    {
      fileName: DATA_FILES.troopsJson,
      source: `${JSON.stringify({ ...about, description: timelineUi.troops.summary, caveats: troopCaveats, points: troops }, null, 2)}\n`,
    },
  ];
};
