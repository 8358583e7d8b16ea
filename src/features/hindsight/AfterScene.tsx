import { m } from 'framer-motion';
import type { HindsightLayer } from '../../content/hindsightLayer';
import type { HindsightStep } from '../../content/types';
import { formatCount } from '../../lib/numbers';
import { useSceneTransition } from '../../lib/useSceneTransition';
import { AFTER_BOX as box, monthTicks, spanOf, troopDots, troopMax, troopRuns, xOf } from './afterSceneLayout';

interface AfterSceneProps {
  readonly layer: HindsightLayer;
  readonly step: HindsightStep;
}

/**
 * March to October 2021 on one axis: the U.S. troop line (broken where only
 * percentages were published), the May 1 deadline and the last flight, and
 * every later event, with the active step's stretch and events brought forward.
 * Drawn hollow and dashed, the "Later reporting" forms; its words say so too.
 */
export const AfterScene = ({ layer, step }: AfterSceneProps) => {
  const transition = useSceneTransition();
  const max = troopMax(layer.troops);
  const stepEvents = new Set<string>(step.events);
  const span = spanOf(layer.events.filter((event) => stepEvents.has(event.id)));
  const deadlineX = xOf('2021-05-01');
  const exitX = xOf('2021-08-30');
  return (
    <svg className="scene scene--after" viewBox={`0 0 ${box.width} ${box.height}`} role="presentation">
      <text x={box.left} y="20" className="scene__label">{layer.ui.sceneTroops}</text>
      <line className="after-scene__gap" x1={box.right - 150} x2={box.right - 150} y1="8" y2="24" />
      <text x={box.right - 144} y="20" className="scene__sublabel">{layer.ui.troopGapLabel}</text>
      <rect className="after-scene__target" x={box.left} y={box.axis + 36.5} width="7" height="7" />
      <text x={box.left + 12} y={box.axis + 46} className="scene__sublabel">{layer.ui.sceneTarget}</text>
      <text x={box.left} y={box.troopTop - 6} className="scene__sublabel">{formatCount(max)}</text>
      <line className="after-scene__grid" x1={box.left} x2={box.right} y1={box.troopTop} y2={box.troopTop} />
      {span !== null && (
        <m.rect
          key={step.id}
          className="scene__band"
          x={span.x}
          y={box.troopTop - 8}
          width={span.width}
          height={box.axis - box.troopTop + 8}
          initial={{ opacity: 0 }}
          animate={{ opacity: 1 }}
          transition={transition}
        />
      )}
      <line className="scene__axis" x1={box.left} x2={box.right} y1={box.troopBottom} y2={box.troopBottom} />
      {troopRuns(layer.troops, max).map((path) => (
        <path key={path} d={path} className="after-scene__troops" />
      ))}
      {troopDots(layer.troops, max).map((dot) =>
        dot.y === null ? (
          <line key={dot.key} className="after-scene__gap" x1={dot.x} x2={dot.x} y1={box.troopTop} y2={box.troopBottom} />
        ) : dot.isTarget ? (
          <rect key={dot.key} className="after-scene__target" x={dot.x - 3.5} y={dot.y - 3.5} width="7" height="7" />
        ) : (
          <circle key={dot.key} className="after-scene__troop-dot" cx={dot.x} cy={dot.y} r="3" />
        ),
      )}
      <line className="after-scene__marker" x1={deadlineX} x2={deadlineX} y1={box.troopTop - 16} y2={box.axis} />
      <text x={deadlineX + 4} y={box.troopTop - 6} className="scene__sublabel">{layer.ui.sceneDeadline}</text>
      <line className="after-scene__marker" x1={exitX} x2={exitX} y1={box.troopTop - 16} y2={box.axis} />
      <text x={exitX - 4} y={box.troopTop - 24} textAnchor="end" className="scene__sublabel">{layer.ui.sceneLastFlight}</text>
      {layer.events.map((event) => {
        const isFocus = stepEvents.has(event.id);
        return (
          <m.circle
            key={event.id}
            className={isFocus ? 'after-scene__event after-scene__event--focus' : 'after-scene__event'}
            cx={xOf(event.date)}
            cy={box.eventRow}
            r="4"
            initial={false}
            animate={{ scale: isFocus ? 1.5 : 1 }}
            transition={transition}
          />
        );
      })}
      <line className="scene__axis" x1={box.left} x2={box.right} y1={box.axis} y2={box.axis} />
      {monthTicks().map((tick) => (
        <g key={tick.label}>
          <line className="scene__axis" x1={tick.x} x2={tick.x} y1={box.axis} y2={box.axis + 6} />
          <text x={tick.labelX} y={box.axis + 24} textAnchor="middle" className="scene__sublabel">{tick.label}</text>
        </g>
      ))}
      <text x={box.right} y={box.axis + 46} textAnchor="end" className="scene__sublabel after-scene__kind">{`2021 · ${layer.ui.sceneAfterAxis}`}</text>
    </svg>
  );
};
