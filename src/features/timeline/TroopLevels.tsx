import { CiteList } from '../../components/CiteList';
import { resolveCites } from '../../content/cites';
import { site } from '../../content/site';
import { timelineUi } from '../../content/timeline';
import { troopCaveats } from '../../content/troops';
import { formatDate, precisionOf } from '../../lib/dates';
import { formatCount } from '../../lib/numbers';
import { fillTemplate } from '../../lib/template';
import { FOCUS_START, timeOf } from './timelineScale';
import { troopSeries } from './timelineModel';
import { splitSource, storySources } from './troopText';

const copy = timelineUi.drawdown;
/** The counts since the agreement: the stretch the timeline draws wider, as bars. */
const drawdown = troopSeries.filter((point) => timeOf(point.date) >= timeOf(FOCUS_START));
const largest = Math.max(...drawdown.map((point) => point.troops));
const officialFigureCaveat = troopCaveats[troopCaveats.length - 1];

/**
 * The deadline section's figure: each count since the Doha agreement as a bar
 * scaled to the first, then the May 1 deadline. The list is the chart, so it
 * reads the same with a screen reader; each count names its sources.
 */
export const TroopLevels = () => (
  <figure className="troops" aria-labelledby="troops-heading">
    <h3 id="troops-heading">{copy.heading}</h3>
    <p className="troops__dek">{copy.dek}</p>
    <ol role="list" className="troops__bars" aria-label={copy.listLabel}>
      {drawdown.map((point) => (
        <li key={point.date} className="troops__row" data-date={point.date}>
          <span className="troops__date">{formatDate(point.date, precisionOf(point.date))}</span>
          <span className="troops__value">{formatCount(point.troops)}</span>
          <span className="troops__bar" aria-hidden="true" style={{ transform: `scaleX(${(point.troops / largest).toFixed(4)})` }} />
          <span className="troops__sources">
            {copy.sources} {storySources(point).map((source) => splitSource(source.text).label).join('; ')}
          </span>
        </li>
      ))}
      <li className="troops__row troops__row--deadline">
        <span className="troops__date">{formatDate(site.deadline)}</span>
        <span className="troops__value">{copy.deadline}</span>
      </li>
    </ol>
    <figcaption className="troops__caption">
      <p>{officialFigureCaveat}</p>
      <p>{fillTemplate(timelineUi.troops.laterSources, { date: formatDate(site.asOf) })}</p>
      <CiteList sources={resolveCites(['bg:facts-troop-levels', 'p4.2', 'p5'])} />
    </figcaption>
  </figure>
);
