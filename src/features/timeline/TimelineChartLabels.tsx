import { memo } from 'react';
import { site } from '../../content/site';
import { timelineUi as copy } from '../../content/timeline';
import { CROSS, GRID_LEVELS, placeAt, troopDepth } from './timelineGeometry';
import { fillTemplate } from '../../lib/template';
import { formatShortDate } from './timelineLayout';
import { asOfPosition, countdownDays, deadlinePosition, eraMarksList, ticks, troopMax } from './timelineModel';
import { AXIS_END, FOCUS_SHARE, FOCUS_START, focusMagnification, monthsBetween } from './timelineScale';

const focusNote = fillTemplate(copy.focusNote, {
  months: monthsBetween(FOCUS_START, AXIS_END),
  times: Math.round(focusMagnification()),
});

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
      {GRID_LEVELS.map((level) => (
        <span key={level} className="tl-label tl-label--grid" style={placeAt(0, troopDepth(level, troopMax))}>
          {fillTemplate(copy.thousands, { count: level / 1000 })}
        </span>
      ))}
      {ticks.map((tick) =>
        tick.label === null ? null : (
          <span key={tick.date} className="tl-label tl-label--tick" style={placeAt(tick.t, CROSS.axis)}>
            {tick.label}
          </span>
        ),
      )}
      <span className="tl-label tl-label--focus" style={placeAt(1 - FOCUS_SHARE, CROSS.agreementBand[1])}>
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
