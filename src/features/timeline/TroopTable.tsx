import { timelineUi as copy } from '../../content/timeline';
import { formatDate, precisionOf } from '../../lib/dates';
import { formatCount } from '../../lib/numbers';
import { troopSeries } from './timelineModel';
import { splitSource, storySources, troopSourceId } from './troopText';

interface TroopTableProps {
  readonly idPrefix: string;
}

/**
 * Every count on the curve with its full sources, in a disclosure. The
 * source names double as the chart points' descriptions. Dates are plain
 * text: the region's <time> elements are the events alone, in order.
 */
export const TroopTable = ({ idPrefix }: TroopTableProps) => (
  <details className="tl-data">
    <summary>{copy.troops.dataToggle}</summary>
    <div className="tl-data__scroll">
      <table>
        <caption>{copy.troops.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{copy.troops.tableDate}</th>
            <th scope="col">{copy.troops.tableTroops}</th>
            <th scope="col">{copy.troops.tableSources}</th>
          </tr>
        </thead>
        <tbody>
          {troopSeries.map((point, index) => (
            <tr key={point.date} data-date={point.date}>
              <th scope="row">{formatDate(point.date, precisionOf(point.date))}</th>
              <td data-troops={point.troops}>{formatCount(point.troops)}</td>
              <td>
                <ul>
                  {storySources(point).map((source, sourceIndex) => {
                    const { label, address } = splitSource(source.text);
                    return (
                      <li key={source.id}>
                        <span id={troopSourceId(idPrefix, index, sourceIndex)}>{label}</span>
                        {address}
                      </li>
                    );
                  })}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  </details>
);
