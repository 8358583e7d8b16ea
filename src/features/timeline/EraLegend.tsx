import { CiteList } from '../../components/CiteList';
import { resolveCites } from '../../content/cites';
import { timelineEras, timelineUi as copy } from '../../content/timeline';
import { formatDate } from '../../lib/dates';

/** The bands on the axis in words: each phase, its dates, what it was and its sources. */
export const EraLegend = () => (
  <ul className="tl-eras">
    {timelineEras.map((era) => (
      <li key={era.id} className={`tl-eras__item tl-eras__item--${era.track}`}>
        <span className="tl-eras__swatch" aria-hidden="true" />
        <strong>{era.label}</strong>, {formatDate(era.start)} – {era.isOngoing ? copy.ongoing : formatDate(era.end)}.{' '}
        {era.summary} <CiteList sources={resolveCites(era.cites)} />
      </li>
    ))}
  </ul>
);
