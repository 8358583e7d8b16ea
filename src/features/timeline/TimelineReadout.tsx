import { SourceBadge } from '../../components/SourceBadge';
import { timelineUi as copy } from '../../content/timeline';
import { formatDate } from '../../lib/dates';
import type { ChartEvent } from './timelineGeometry';

interface TimelineReadoutProps {
  /** The selected event, or else the chart's default one; null only for empty content. */
  readonly event: ChartEvent | null;
}

/**
 * What a marker stands for, under the chart: never empty, it names the
 * selected event or the default one, then says how to pick another ("Click"
 * or "Tap", by CSS). A later event is labelled so in words. Hidden from
 * assistive technology, which gets the same words from the event list.
 */
export const TimelineReadout = ({ event }: TimelineReadoutProps) => (
  <div className="tl-readout" aria-hidden="true">
    {event && (
      <p className="tl-readout__event" data-source={event.source}>
        {event.source === 'later' && (
          <>
            <SourceBadge kind="later" />{' '}
          </>
        )}
        <strong>{formatDate(event.date, event.precision)}</strong> {event.title}
      </p>
    )}
    <p className="tl-readout__hint">
      <span className="tl-readout__pointer">{copy.readout.pointer}</span>
      <span className="tl-readout__touch">{copy.readout.touch}</span>
    </p>
  </div>
);
