import { useId, useState } from 'react';
import { ui } from '../../content/site';
import { timelineEvents, timelineUi as copy } from '../../content/timeline';
import type { TroopPoint } from '../../content/types';
import { ChartCaption } from './ChartCaption';
import { placeAt } from './timelineGeometry';
import { TimelineChartLabels } from './TimelineChartLabels';
import { TimelineEventDots } from './TimelineEventDots';
import { eventMarksList, troopSeries } from './timelineModel';
import { TimelinePlot } from './TimelinePlot';
import { TimelineReadout } from './TimelineReadout';
import { TroopPoints } from './TroopPoints';
import { nearestPoint } from './troopSeries';

interface TimelineChartProps {
  readonly selectedId: string | null;
  readonly highlightedEvents: ReadonlySet<string> | null;
  readonly onSelectEvent: (id: string) => void;
}

/**
 * The time axis as a figure: phases, troop curve and event markers share one
 * focus + context scale. Horizontal when wide, vertical when narrow (CSS
 * only, so the prerendered page is already final).
 */
export const TimelineChart = ({ selectedId, highlightedEvents, onSelectEvent }: TimelineChartProps) => {
  const idPrefix = useId();
  const [inspected, setInspected] = useState<TroopPoint | null>(null);
  const selectedMark = eventMarksList.find((mark) => mark.event.id === selectedId) ?? null;
  const selectedEvent = timelineEvents.find((event) => event.id === selectedId) ?? null;
  const nearest = selectedEvent ? nearestPoint(troopSeries, selectedEvent.date) : null;
  return (
    <figure className="tl-figure" aria-labelledby={`${idPrefix}-title`}>
      <p className="tl-figure__title" id={`${idPrefix}-title`}>
        {copy.figureTitle}
      </p>
      <p className="tl-legend" aria-hidden="true">
        <span className="tl-legend__item tl-legend__item--article">{ui.inArticle}</span>
        <span className="tl-legend__item tl-legend__item--background">{ui.background}</span>
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
        <TroopPoints highlighted={nearest} idPrefix={idPrefix} onInspect={setInspected} />
      </div>
      <TimelineReadout event={selectedEvent} troopPoint={inspected ?? nearest} isNearest={inspected === null} />
      <ChartCaption idPrefix={idPrefix} />
    </figure>
  );
};
