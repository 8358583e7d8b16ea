import { site } from '../../content/site';
import { resolveTroopSources } from '../../content/troops';
import type { IsoDate, TroopPoint, TroopSource } from '../../content/types';

/**
 * A source as the fact sheet writes it, split into what names it (publisher,
 * title, date) and the address of the copy that was read.
 */
export const splitSource = (source: string): { readonly label: string; readonly address: string } => {
  const cut = source.indexOf(' — http');
  return cut === -1 ? { label: source, address: '' } : { label: source.slice(0, cut), address: source.slice(cut) };
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const DATE_IN_NAME = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:(\d{1,2}),\s+)?(\d{4})\b/g;
const pad = (value: number): string => String(value).padStart(2, '0');

/**
 * The latest date a source's name mentions ("(Mar 15, 2021)"), as YYYY-MM-DD;
 * a month without a day counts as the month's last day, so an undated March
 * report is not taken to predate March 7. Null when the name gives no date.
 */
export const latestDateIn = (name: string): IsoDate | null => {
  let latest: IsoDate | null = null;
  for (const [, month = '', day, year = ''] of name.matchAll(DATE_IN_NAME)) {
    const monthNumber = MONTHS.indexOf(month.toLowerCase() as (typeof MONTHS)[number]) + 1;
    const lastDay = new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate();
    const date = `${year}-${pad(monthNumber)}-${pad(day === undefined ? lastDay : Number(day))}`;
    if (latest === null || date > latest) latest = date;
  }
  return latest;
};

/**
 * The sources the story shows for a count: those out by the "as of" date.
 * Later reports (a March 14, 2021 recount, an April 2021 photo essay) confirm
 * figures but tell of later events; the downloadable data still lists them.
 */
export const storySources = (point: TroopPoint, asOf: IsoDate = site.asOf): readonly TroopSource[] =>
  resolveTroopSources(point.sources).filter((source) => {
    const latest = latestDateIn(splitSource(source.text).label);
    return latest === null || latest <= asOf;
  });
