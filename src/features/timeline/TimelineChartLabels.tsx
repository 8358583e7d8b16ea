import { memo } from 'react';
import { site, ui } from '../../content/site';
import { timelineUi as copy } from '../../content/timeline';
import { fillTemplate } from '../../lib/template';
import { CROSS, placeAt } from './timelineGeometry';
import { formatShortDate } from './timelineLayout';
import { countdownDays, type ChartModel } from './timelineModel';

interface TimelineChartLabelsProps {
  readonly model: ChartModel;
}

/**
 * The chart's words, placed with the same shares as the shapes. Hidden from
 * assistive technology: the intro, the caption and the event list say it all.
 * With hindsight, the stretch after the deadline is named as later reporting.
 */
export const TimelineChartLabels = memo(function TimelineChartLabels({ model }: TimelineChartLabelsProps) {
  const { eras, ticks, asOf, deadline } = model;
  return (
    <div className="tl-labels" aria-hidden="true">
      {eras.map(({ era, from, band }) => (
        <span key={era.id} className={`tl-label tl-label--era tl-label--${era.track}`} style={placeAt(from, (band[0] + band[1]) / 2)}>
          {era.label}
          {era.isOngoing && <span className="tl-label__aside"> · {copy.ongoing}</span>}
        </span>
      ))}
      {ticks.map((tick) =>
        tick.label === null ? null : (
          <span key={tick.date} className="tl-label tl-label--tick" style={placeAt(tick.t, CROSS.axis)}>
            {tick.label}
          </span>
        ),
      )}
      <span className="tl-label tl-label--focus" style={placeAt(1 - model.frame.focusShare, CROSS.bracket)}>
        {model.focusNote}
      </span>
      <span className="tl-label tl-label--deadline" style={placeAt(deadline, 0)}>
        {copy.deadlineMarker}
      </span>
      <span className="tl-label tl-label--asof" style={placeAt(asOf, CROSS.asOfLabel)}>
        {fillTemplate(copy.asOfMarker, { date: formatShortDate(site.asOf, copy.monthsShort) })}
      </span>
      <span className="tl-label tl-label--countdown" style={placeAt((asOf + deadline) / 2, CROSS.bracket)}>
        {fillTemplate(copy.countdown, { days: countdownDays })}
      </span>
      {model.hasLater && (
        <span className="tl-label tl-label--later" style={placeAt((deadline + 1) / 2, CROSS.asOfLabel)}>
          {ui.citeLaterName}
        </span>
      )}
    </div>
  );
});
