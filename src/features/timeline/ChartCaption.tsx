import { VisuallyHidden } from '../../components/VisuallyHidden';
import { ui } from '../../content/site';
import { timelineUi as copy } from '../../content/timeline';
import { formatDate } from '../../lib/dates';
import { fillTemplate } from '../../lib/template';
import { EraLegend } from './EraLegend';
import type { ChartModel } from './timelineModel';

interface ChartCaptionProps {
  readonly model: ChartModel;
  /** Later events past the axis's end; said in words, as the chart cannot show them. */
  readonly pastChartCount: number;
}

/**
 * The chart's key in one line (marker shapes and bands; the stretched axis is
 * written on the chart itself), and the phases with their sources behind a
 * disclosure that works without scripts. With hindsight the key names the
 * later reporting's marker and says which later events lie past the axis.
 * The event list below is the rest of the text alternative.
 */
export const ChartCaption = ({ model, pastChartCount }: ChartCaptionProps) => (
  <figcaption className="tl-caption">
    <p className="tl-legend">
      <span className="tl-legend__item tl-legend__item--article">{copy.legend.article}</span>
      <span className="tl-legend__item tl-legend__item--background">{copy.legend.background}</span>
      {model.hasLater && <span className="tl-legend__item tl-legend__item--later">{ui.citeLaterName}</span>}
      <span className="tl-legend__item tl-legend__item--bands">{copy.legend.bands}</span>
      {/* Written at the break on the chart, which assistive technology skips. */}
      <VisuallyHidden>{`${model.focusNote}.`}</VisuallyHidden>
    </p>
    {pastChartCount > 0 && (
      <p className="tl-caption__past">
        {fillTemplate(ui.timelinePastChartNote, { count: pastChartCount, date: formatDate(model.frame.lastDay) })}
      </p>
    )}
    <details className="tl-phases">
      <summary>{copy.erasToggle}</summary>
      <EraLegend />
    </details>
  </figcaption>
);
