import { timelineUi as copy } from '../../content/timeline';
import type { TimelineEvent } from '../../content/types';
import { formatDate } from '../../lib/dates';

interface TimelineReadoutProps {
  /** The selected event, or else the chart's default one; null only for empty content. */
  readonly event: TimelineEvent | null;
}

/**
 * What a marker stands for, under the chart: never empty, it names the
 * selected event or the default one, then says how to pick another ("Click"
 * or "Tap", by CSS). Hidden from assistive technology, which gets the same
 * words from the event list.
 */
export const TimelineReadout = ({ event }: TimelineReadoutProps) => (
  <div className="tl-readout" aria-hidden="true">
    {event && (
      <p className="tl-readout__event" data-source={event.inArticle ? 'article' : 'background'}>
        <strong>{formatDate(event.date, event.precision)}</strong> {event.title}
      </p>
    )}
    <p className="tl-readout__hint">
      <span className="tl-readout__pointer">{copy.readout.pointer}</span>
      <span className="tl-readout__touch">{copy.readout.touch}</span>
    </p>
  </div>
);
