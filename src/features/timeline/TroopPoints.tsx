import { timelineUi as copy } from '../../content/timeline';
import type { TroopPoint } from '../../content/types';
import { placeAt } from './timelineGeometry';
import { troopMarksList } from './timelineModel';
import { storySources, troopPointName, troopSourceId } from './troopText';
import { useRovingFocus } from './useRovingFocus';

interface TroopPointsProps {
  /** The count nearest the selected event, drawn emphasised. */
  readonly highlighted: TroopPoint | null;
  /** Shared with the data table, whose source names describe each point. */
  readonly idPrefix: string;
  readonly onInspect: (point: TroopPoint | null) => void;
}

const pointIds = troopMarksList.map((_, index) => `troop-${index}`);

/**
 * Every count on the troop curve, one tab stop for the group and arrow keys
 * between counts. Hover or focus shows the count's sources in the readout;
 * screen readers hear them as the point's description.
 */
export const TroopPoints = ({ highlighted, idPrefix, onInspect }: TroopPointsProps) => {
  const roving = useRovingFocus<HTMLDivElement>(pointIds);
  return (
    <div
      className="tl-troops"
      role="group"
      aria-label={copy.troops.pointsLabel}
      ref={roving.containerRef}
      onKeyDown={roving.handleKeyDown}
      onMouseLeave={() => onInspect(null)}
    >
      {troopMarksList.map(({ point, t, c }, index) => {
        const id = pointIds[index] ?? '';
        return (
          <button
            key={id}
            type="button"
            className="tl-troop"
            data-roving-id={id}
            data-highlighted={point === highlighted ? 'true' : undefined}
            tabIndex={id === roving.tabStopId ? 0 : -1}
            aria-label={troopPointName(point)}
            aria-describedby={storySources(point).map((_, source) => troopSourceId(idPrefix, index, source)).join(' ')}
            style={placeAt(t, c)}
            onFocus={() => {
              roving.setActiveId(id);
              onInspect(point);
            }}
            onBlur={() => onInspect(null)}
            onMouseEnter={() => onInspect(point)}
          />
        );
      })}
    </div>
  );
};
