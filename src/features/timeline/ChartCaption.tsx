import { CiteList } from '../../components/CiteList';
import { resolveCites } from '../../content/cites';
import { site } from '../../content/site';
import { timelineUi as copy } from '../../content/timeline';
import { troopCaveats } from '../../content/troops';
import { formatDate, precisionOf } from '../../lib/dates';
import { EraLegend } from './EraLegend';
import { fillTemplate } from '../../lib/template';
import { troopSeries } from './timelineModel';
import { TroopTable } from './TroopTable';

interface ChartCaptionProps {
  readonly idPrefix: string;
}

const first = troopSeries[0];
const last = troopSeries[troopSeries.length - 1];
const seriesNote = fillTemplate(copy.troops.series, {
  count: troopSeries.length,
  first: first ? formatDate(first.date, precisionOf(first.date)) : '',
  last: last ? formatDate(last.date, precisionOf(last.date)) : '',
});

/** The chart's text alternative: what the troop series is, its caveats, the bands, and the data itself. */
export const ChartCaption = ({ idPrefix }: ChartCaptionProps) => (
  <figcaption className="tl-caption">
    <p className="tl-caption__summary">{copy.troops.summary}</p>
    <p>{seriesNote}</p>
    <p>{fillTemplate(copy.troops.laterSources, { date: formatDate(site.asOf) })}</p>
    <CiteList sources={resolveCites(['bg:facts-troop-levels', 'p4.2'])} />
    <p className="tl-caption__label">{copy.troops.caveatsHeading}</p>
    <ul className="tl-caption__caveats">
      {troopCaveats.map((caveat) => (
        <li key={caveat}>{caveat}</li>
      ))}
    </ul>
    <EraLegend />
    <TroopTable idPrefix={idPrefix} />
  </figcaption>
);
