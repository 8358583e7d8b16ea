import { memo } from 'react';
import { site } from '../../content/site';
import { timelineUi as copy } from '../../content/timeline';
import { CROSS, GRID_LEVELS, placeAt, troopDepth } from './timelineGeometry';
import { fillTemplate } from '../../lib/template';
import { formatShortDate } from './timelineLayout';
import { asOfPosition, countdownDays, deadlinePosition, eraMarksList, ticks, troopMax, troopSeries } from './timelineModel';
import { FOCUS_SHARE, focusContextScale } from './timelineScale';
import { focusNote, gridLabel, peakPoint, troopMarkerText } from './troopLabels';

/** The curve's highest and latest counts, written beside their points. */
const marked = [
  { point: peakPoint(troopSeries), template: copy.peakMarker, kind: 'peak' },
  { point: troopSeries[troopSeries.length - 1] ?? null, template: copy.lastMarker, kind: 'last' },
] as const;

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
          {gridLabel(level)}
        </span>
      ))}
      {marked.map(({ point, template, kind }) =>
        point === null ? null : (
          <span
            key={kind}
            className={`tl-label tl-label--count tl-label--${kind}`}
            style={placeAt(focusContextScale(point.date), troopDepth(point.troops, troopMax))}
          >
            {troopMarkerText(template, point)}
          </span>
        ),
      )}
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
