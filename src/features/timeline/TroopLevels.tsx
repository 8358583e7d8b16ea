import { CiteList } from '../../components/CiteList';
import { resolveCites } from '../../content/cites';
import { troopCaveats } from '../../content/troops';
import { ui } from '../../content/site';
import { formatDate, precisionOf } from '../../lib/dates';
import { formatCount } from '../../lib/numbers';
import { AXIS_END, AXIS_START, linearScale } from './timelineScale';
import { areaPath, maxTroops, snapshotSeries } from './troopSeries';

const series = snapshotSeries();
const top = maxTroops(series);
const x = linearScale(AXIS_START, AXIS_END, [40, 620]);
const y = (troops: number) => 210 - (troops / top) * 180;
const GRID = [0, 25_000, 50_000, 75_000, 100_000] as const;

/** U.S. troop levels as an area chart, with its caveats and the data as a table. */
export const TroopLevels = () => (
  <figure className="troops" aria-labelledby="troops-heading">
    <h3 id="troops-heading">{ui.troopsHeading}</h3>
    <svg className="troops__chart" viewBox="0 0 640 240" role="img" aria-label={ui.troopsChartLabel}>
      {GRID.map((value) => (
        <g key={value}>
          <line x1="40" x2="620" y1={y(value)} y2={y(value)} className="chart__grid" />
          <text x="36" y={y(value) + 4} textAnchor="end" className="chart__tick">
            {value === 0 ? '0' : `${value / 1000}k`}
          </text>
        </g>
      ))}
      <path d={areaPath(series, x, y)} className="chart__area" />
      {series.map((point) => (
        <circle key={point.date} cx={x(point.date)} cy={y(point.troops)} r="2.5" className="chart__point" />
      ))}
      <text x="40" y="232" className="chart__tick">2001</text>
      <text x="620" y="232" textAnchor="end" className="chart__tick">2021</text>
    </svg>
    <figcaption className="troops__caption">
      <p>{ui.troopsSummary}</p>
      <CiteList sources={resolveCites(['bg:facts-troop-levels', 'p4.2'])} />
      <ul className="troops__caveats">
        {troopCaveats.map((caveat) => (
          <li key={caveat}>{caveat}</li>
        ))}
      </ul>
    </figcaption>
    <details className="troops__data">
      <summary>{ui.troopsDataToggle}</summary>
      <table>
        <caption className="visually-hidden">{ui.troopsHeading}</caption>
        <thead>
          <tr>
            <th scope="col">{ui.tableDate}</th>
            <th scope="col">{ui.tableTroops}</th>
            <th scope="col">{ui.tableSource}</th>
          </tr>
        </thead>
        <tbody>
          {series.map((point) => (
            <tr key={point.date}>
              <td>
                <time dateTime={point.date}>{formatDate(point.date, precisionOf(point.date))}</time>
              </td>
              <td>{formatCount(point.troops)}</td>
              <td>{point.sources.join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  </figure>
);
