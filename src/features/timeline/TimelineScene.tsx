import { m } from 'framer-motion';
import { timelineScene as copy } from '../../content/scenes';
import { timelineEvents } from '../../content/timeline';
import { formatDate } from '../../lib/dates';
import { sceneTransition } from '../../lib/motion';
import { useHydrated } from '../../lib/useHydrated';
import { AXIS_END, AXIS_START, linearScale } from './timelineScale';

interface TimelineSceneProps {
  readonly focusEvents: readonly string[];
}

const x = linearScale(AXIS_START, AXIS_END, [24, 376]);

/** Sticky graphic for the history steps: every event on a time axis, the step's events highlighted. */
export const TimelineScene = ({ focusEvents }: TimelineSceneProps) => {
  const isHydrated = useHydrated();
  const focused = timelineEvents.filter((event) => focusEvents.includes(event.id));
  const first = focused[0];
  const last = focused[focused.length - 1];
  const bandStart = first ? x(first.date) - 6 : 24;
  const bandWidth = first && last ? x(last.date) - x(first.date) + 12 : 0;
  return (
    <svg className="scene scene--timeline" viewBox="0 0 400 300" role="presentation">
      <m.rect
        x="0"
        y="96"
        width="100"
        height="48"
        rx="6"
        className="scene__band"
        style={{ originX: 0 }}
        initial={false}
        animate={{ x: bandStart, scaleX: Math.max(bandWidth, 12) / 100 }}
        transition={sceneTransition}
      />
      <line x1="24" y1="120" x2="376" y2="120" className="scene__axis" />
      <text x="24" y="168" className="scene__sublabel">{copy.start}</text>
      <text x="376" y="168" textAnchor="end" className="scene__sublabel">{copy.end}</text>
      {timelineEvents.map((event) => {
        const isFocused = focusEvents.includes(event.id);
        return (
          <m.circle
            key={event.id}
            cx={x(event.date)}
            cy="120"
            r="5"
            className={isFocused ? 'scene__dot scene__dot--focus' : 'scene__dot'}
            initial={false}
            animate={{ opacity: isFocused ? 1 : 0.35 }}
            transition={sceneTransition}
          />
        );
      })}
      {focused.map((event, index) => (
        <m.g key={event.id} initial={isHydrated ? { opacity: 0, y: 6 } : false} animate={{ opacity: 1, y: 0 }} transition={sceneTransition}>
          <text x="24" y={200 + index * 32} className="scene__label">{formatDate(event.date, event.precision)}</text>
          <text x="24" y={216 + index * 32} className="scene__sublabel">{event.title}</text>
        </m.g>
      ))}
    </svg>
  );
};
