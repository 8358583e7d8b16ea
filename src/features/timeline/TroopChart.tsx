import { useId } from 'react';
import type { HindsightLayer } from '../../content/hindsightLayer';
import { timelineUi as copy } from '../../content/timeline';
import { troopSeries } from './timelineModel';
import { TroopsScene } from './TroopsScene';
import { TroopTable } from './TroopTable';

interface TroopChartProps {
  readonly headingLevel: 2 | 3;
  /** With hindsight the curve and the table run on to August 30, 2021, in the Later reporting style. */
  readonly hindsight?: HindsightLayer | null;
}

const latest = troopSeries[troopSeries.length - 1];

/**
 * The troop curve as a figure of its own, for the timeline embed, which has
 * no story around it: the deadline section's graphic at the latest count of
 * the story, with the summary and the table as its caption.
 */
export const TroopChart = ({ headingLevel, hindsight = null }: TroopChartProps) => {
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <figure className="troops-figure" aria-labelledby={headingId}>
      {/* For the outline only: the scene writes the same title on itself. */}
      <Heading id={headingId} className="visually-hidden">
        {copy.chart.heading}
      </Heading>
      <div className="troops-figure__chart" aria-hidden="true">
        {latest && <TroopsScene focusDate={latest.date} hindsight={hindsight} />}
      </div>
      <figcaption>
        <TroopTable hindsight={hindsight} />
      </figcaption>
    </figure>
  );
};
