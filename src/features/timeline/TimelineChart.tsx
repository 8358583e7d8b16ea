import { useId } from 'react';
import { site } from '../../content/site';
import { timelineEvents, timelineUi as copy } from '../../content/timeline';
import { ChartCaption } from './ChartCaption';
import { placeAt } from './timelineGeometry';
import { TimelineChartLabels } from './TimelineChartLabels';
import { TimelineEventDots } from './TimelineEventDots';
import { eventMarksList } from './timelineModel';
import { TimelinePlot } from './TimelinePlot';
import { TimelineReadout } from './TimelineReadout';

interface TimelineChartProps {
  readonly selectedId: string | null;
  readonly highlightedEvents: ReadonlySet<string> | null;
  readonly onSelectEvent: (id: string) => void;
}

/** Shown under the chart until the reader picks one: the latest event by the "as of" date (the letter itself). */
const defaultEvent = timelineEvents.filter((event) => event.date <= site.asOf).at(-1) ?? null;

/**
 * The time axis as a figure: the phases and every event on one focus +
 * context scale. Horizontal when wide, vertical when narrow (CSS only, so
 * the prerendered page is already final).
 */
export const TimelineChart = ({ selectedId, highlightedEvents, onSelectEvent }: TimelineChartProps) => {
  const titleId = useId();
  const selectedMark = eventMarksList.find((mark) => mark.event.id === selectedId) ?? null;
  const selectedEvent = timelineEvents.find((event) => event.id === selectedId) ?? defaultEvent;
  return (
    <figure className="tl-figure" aria-labelledby={titleId}>
      <p className="tl-figure__title" id={titleId}>
        {copy.figureTitle}
      </p>
      <div className="tl-chart">
        <TimelinePlot />
        <TimelineChartLabels />
        <div
          className="tl-crosshair"
          aria-hidden="true"
          data-visible={selectedMark ? 'true' : undefined}
          style={placeAt(selectedMark?.t ?? 0, 0)}
        >
          <span className="tl-crosshair__line" />
        </div>
        <TimelineEventDots selectedId={selectedId} highlightedEvents={highlightedEvents} onSelect={onSelectEvent} />
      </div>
      <TimelineReadout event={selectedEvent} />
      <ChartCaption />
    </figure>
  );
};
