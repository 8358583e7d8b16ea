import { CiteList } from '../../components/CiteList';
import { resolveCites } from '../../content/cites';
import type { HindsightLayer } from '../../content/hindsightLayer';
import { site, ui } from '../../content/site';
import { timelineUi } from '../../content/timeline';
import { troopCaveats } from '../../content/troops';
import { formatDate, precisionOf } from '../../lib/dates';
import { formatCount } from '../../lib/numbers';
import { fillTemplate } from '../../lib/template';
import { LaterTroopRows } from './LaterTroopRows';
import { troopSeries } from './timelineModel';
import { splitSource, storySources } from './troopText';

const copy = timelineUi.troops;
const first = troopSeries[0];
const last = troopSeries[troopSeries.length - 1];
const seriesNote = fillTemplate(copy.series, {
  count: troopSeries.length,
  first: first ? formatDate(first.date, precisionOf(first.date)) : '',
  last: last ? formatDate(last.date, precisionOf(last.date)) : '',
});

interface TroopTableProps {
  /** With hindsight the table gains the figures after March 7, 2021, as rows marked Later reporting. */
  readonly hindsight?: HindsightLayer | null;
}

/**
 * Every U.S. troop count with its full sources, what the series is and its
 * caveats, closed in a disclosure (native, so it opens without scripts). The
 * deadline section's sticky graphic draws the same counts; this is where each
 * figure and its sources can be read.
 */
export const TroopTable = ({ hindsight = null }: TroopTableProps) => (
  <details className="tl-data">
    <summary>{copy.dataToggle}</summary>
    <p className="tl-data__summary">{copy.summary}</p>
    <p>{seriesNote}</p>
    <div className="tl-data__scroll">
      <table data-hindsight={hindsight === null ? undefined : 'true'}>
        <caption>{copy.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{copy.tableDate}</th>
            <th scope="col">{copy.tableTroops}</th>
            <th scope="col">{copy.tableSources}</th>
          </tr>
        </thead>
        <tbody>
          {troopSeries.map((point) => (
            <tr key={point.date} data-date={point.date}>
              <th scope="row">{formatDate(point.date, precisionOf(point.date))}</th>
              <td data-troops={point.troops}>{formatCount(point.troops)}</td>
              <td>
                <ul>
                  {storySources(point).map((source) => {
                    const { label, address } = splitSource(source.text);
                    return (
                      <li key={source.id}>
                        {label}
                        {address}
                      </li>
                    );
                  })}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
        {hindsight !== null && <LaterTroopRows hindsight={hindsight} />}
      </table>
    </div>
    <p className="tl-data__label">{copy.caveatsHeading}</p>
    <ul className="tl-data__caveats">
      {troopCaveats.map((caveat) => (
        <li key={caveat}>{caveat}</li>
      ))}
    </ul>
    <p>{fillTemplate(hindsight === null ? copy.laterSources : ui.troopLaterSources, { date: formatDate(site.asOf) })}</p>
    <CiteList sources={resolveCites(['bg:facts-troop-levels', 'p4.2', 'p5'])} />
  </details>
);
