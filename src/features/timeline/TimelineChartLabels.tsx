import { memo } from 'react';
import { site } from '../../content/site';
import { timelineUi as copy } from '../../content/timeline';
import { CROSS, placeAt } from './timelineGeometry';
import { fillTemplate } from '../../lib/template';
import { formatShortDate } from './timelineLayout';
import { asOfPosition, countdownDays, deadlinePosition, eraMarksList, ticks } from './timelineModel';
import { FOCUS_SHARE } from './timelineScale';
import { focusNote } from './troopLabels';

/**
 * The chart's words, placed with the same shares as the shapes. Hidden from
 * assistive technology: the intro, the caption and the event list say it all.
 */
export const TimelineChartLabels = memo(function TimelineChartLabels() {
  return (
    <div className="tl-labels" aria-hidden="true">
      {eraMarksList.map(({ era, from, band }) => (
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
      <span className="tl-label tl-label--focus" style={placeAt(1 - FOCUS_SHARE, CROSS.bracket)}>
        {focusNote}
      </span>
      <span className="tl-label tl-label--deadline" style={placeAt(deadlinePosition, 0)}>
        {copy.deadlineMarker}
      </span>
      <span className="tl-label tl-label--asof" style={placeAt(asOfPosition, CROSS.asOfLabel)}>
        {fillTemplate(copy.asOfMarker, { date: formatShortDate(site.asOf, copy.monthsShort) })}
      </span>
      <span className="tl-label tl-label--countdown" style={placeAt((asOfPosition + deadlinePosition) / 2, CROSS.bracket)}>
        {fillTemplate(copy.countdown, { days: countdownDays })}
      </span>
    </div>
  );
});
