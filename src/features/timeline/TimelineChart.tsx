import { useId } from 'react';
import { site } from '../../content/site';
import { timelineUi as copy } from '../../content/timeline';
import { ChartCaption } from './ChartCaption';
import { placeAt, type ChartEvent } from './timelineGeometry';
import { TimelineChartLabels } from './TimelineChartLabels';
import { TimelineEventDots } from './TimelineEventDots';
import type { ChartModel } from './timelineModel';
import { TimelinePlot } from './TimelinePlot';
import { TimelineReadout } from './TimelineReadout';

interface TimelineChartProps {
  /** The axis and what it draws: the story's, or the one that runs on with hindsight. */
  readonly model: ChartModel;
  /** Every listed event, on the axis or not, for the readout. */
  readonly events: readonly ChartEvent[];
  /** Later events past the axis's end, which the key says are only listed. */
  readonly pastChartCount: number;
  readonly selectedId: string | null;
  readonly highlightedEvents: ReadonlySet<string> | null;
  readonly onSelectEvent: (id: string) => void;
}

/**
 * The time axis as a figure: the phases and every event on one focus +
 * context scale. Horizontal when wide, vertical when narrow (CSS only, so
 * the prerendered page is already final).
 */
export const TimelineChart = ({ model, events, pastChartCount, selectedId, highlightedEvents, onSelectEvent }: TimelineChartProps) => {
  const titleId = useId();
  const selectedMark = model.marks.find((mark) => mark.event.id === selectedId) ?? null;
  // Shown under the chart until the reader picks one: the latest event by the "as of" date (the letter itself).
  const selectedEvent =
    events.find((event) => event.id === selectedId) ?? events.filter((event) => event.source !== 'later' && event.date <= site.asOf).at(-1) ?? null;
  return (
    <figure className="tl-figure" aria-labelledby={titleId}>
      <p className="tl-figure__title" id={titleId}>
        {copy.figureTitle}
      </p>
      <div className="tl-chart" data-hindsight={model.hasLater ? 'true' : undefined}>
        <TimelinePlot model={model} />
        <TimelineChartLabels model={model} />
        <div
          className="tl-crosshair"
          aria-hidden="true"
          data-visible={selectedMark ? 'true' : undefined}
          style={placeAt(selectedMark?.t ?? 0, 0)}
        >
          <span className="tl-crosshair__line" />
        </div>
        <TimelineEventDots marks={model.marks} selectedId={selectedId} highlightedEvents={highlightedEvents} onSelect={onSelectEvent} />
      </div>
      <TimelineReadout event={selectedEvent} />
      <ChartCaption model={model} pastChartCount={pastChartCount} />
    </figure>
  );
};
