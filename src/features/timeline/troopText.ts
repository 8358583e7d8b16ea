import { timelineUi as copy } from '../../content/timeline';
import type { TroopPoint } from '../../content/types';
import { formatDate, precisionOf } from '../../lib/dates';
import { formatCount } from '../../lib/numbers';
import { fillTemplate } from './timelineLayout';

/** A count named the way the table shows it: "January 15, 2021: 2,500 U.S. troops". */
export const troopPointName = (point: TroopPoint): string =>
  fillTemplate(copy.troops.pointName, {
    date: formatDate(point.date, precisionOf(point.date)),
    count: formatCount(point.troops),
  });

/** Id of the table's label for one source of one count; the chart point is described by its labels. */
export const troopSourceId = (idPrefix: string, pointIndex: number, sourceIndex: number): string =>
  `${idPrefix}-troop-${pointIndex}-source-${sourceIndex}`;

/**
 * A source as the fact sheet writes it, split into what names it (publisher,
 * title, date) and the address of the copy that was read, so the chart can
 * show and say the name without reading out a URL.
 */
export const splitSource = (source: string): { readonly label: string; readonly address: string } => {
  const cut = source.indexOf(' — http');
  return cut === -1 ? { label: source, address: '' } : { label: source.slice(0, cut), address: source.slice(cut) };
};
