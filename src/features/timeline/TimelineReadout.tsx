import { SourceBadge } from '../../components/SourceBadge';
import { timelineUi as copy } from '../../content/timeline';
import type { TimelineEvent, TroopPoint } from '../../content/types';
import { formatDate } from '../../lib/dates';
import { nearestCountText, splitSource, storySources, troopPointName } from './troopText';

interface TimelineReadoutProps {
  readonly event: TimelineEvent | null;
  /** The count being inspected, or else the one nearest the selected event. */
  readonly troopPoint: TroopPoint | null;
  /** True when `troopPoint` is the count nearest the event rather than one the reader points at. */
  readonly isNearest: boolean;
}

/**
 * What the pointer or focus is on, under the chart: the selected event and a
 * troop count with its sources. Hidden from assistive technology, which gets
 * the same words from the event list and each point's description.
 */
export const TimelineReadout = ({ event, troopPoint, isNearest }: TimelineReadoutProps) => (
  <div className="tl-readout" aria-hidden="true">
    {event && (
      <p className="tl-readout__event">
        <strong>{formatDate(event.date, event.precision)}</strong> {event.title}{' '}
        <SourceBadge kind={event.inArticle ? 'article' : 'background'} />
      </p>
    )}
    {troopPoint ? (
      <>
        <p className="tl-readout__troops">
          {isNearest ? nearestCountText(troopPoint) : troopPointName(troopPoint)}
        </p>
        <p className="tl-readout__label">{copy.troops.readoutSources}</p>
        <ul className="tl-readout__sources">
          {storySources(troopPoint).map((source) => (
            <li key={source.id}>{splitSource(source.text).label}</li>
          ))}
        </ul>
      </>
    ) : (
      <p className="tl-readout__hint">
        <span className="tl-readout__pointer">{copy.troops.readoutHint.pointer}</span>
        <span className="tl-readout__touch">{copy.troops.readoutHint.touch}</span>
      </p>
    )}
  </div>
);
