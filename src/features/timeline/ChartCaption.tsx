import { VisuallyHidden } from '../../components/VisuallyHidden';
import { timelineUi as copy } from '../../content/timeline';
import { EraLegend } from './EraLegend';
import { focusNote } from './troopLabels';

/**
 * The chart's key in one line (marker shapes and bands; the stretched axis is
 * written on the chart itself),
 * and the phases with their sources behind a disclosure that works without
 * scripts. The event list below is the rest of the text alternative.
 */
export const ChartCaption = () => (
  <figcaption className="tl-caption">
    <p className="tl-legend">
      <span className="tl-legend__item tl-legend__item--article">{copy.legend.article}</span>
      <span className="tl-legend__item tl-legend__item--background">{copy.legend.background}</span>
      <span className="tl-legend__item tl-legend__item--bands">{copy.legend.bands}</span>
      {/* Written at the break on the chart, which assistive technology skips. */}
      <VisuallyHidden>{`${focusNote}.`}</VisuallyHidden>
    </p>
    <details className="tl-phases">
      <summary>{copy.erasToggle}</summary>
      <EraLegend />
    </details>
  </figcaption>
);
