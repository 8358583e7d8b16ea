import { m } from 'framer-motion';
import { timelineScene as copy } from '../../content/scenes';
import { timelineEvents } from '../../content/timeline';
import { formatDate } from '../../lib/dates';
import { useHydrated } from '../../lib/useHydrated';
import { useSceneTransition } from '../../lib/useSceneTransition';
import { eraMarksList } from './timelineModel';
import { focusContextScale, FOCUS_SHARE } from './timelineScale';
import { focusNote } from './troopLabels';

interface TimelineSceneProps {
  readonly focusEvents: readonly string[];
}

const LEFT = 24;
const WIDTH = 352;
const AXIS_Y = 130;
const BAND_HEIGHT = 22;
const BAND_Y = { mission: 30, agreement: 56 } as const;
const x = (date: string) => LEFT + focusContextScale(date) * WIDTH;
const breakX = LEFT + (1 - FOCUS_SHARE) * WIDTH;
/** Sparse on purpose: 2001 and the deadline are labelled at the ends. */
const YEAR_TICKS = ['2010', '2015', '2020', '2021'] as const;

/**
 * Sticky graphic for the history steps: the same focus + context axis as the
 * timeline (the phases as named bands, every event, year values), its
 * stretched last months shaded, broken on the axis and named, with the step's
 * events highlighted. No troop curve: the deadline section draws that. The
 * highlight glides between steps, or jumps under reduced motion.
 */
export const TimelineScene = ({ focusEvents }: TimelineSceneProps) => {
  const isHydrated = useHydrated();
  const transition = useSceneTransition();
  const focused = timelineEvents.filter((event) => focusEvents.includes(event.id));
  const first = focused[0];
  const last = focused[focused.length - 1];
  const bandStart = first ? x(first.date) - 7 : LEFT;
  const bandWidth = first && last ? x(last.date) - x(first.date) + 14 : 14;
  return (
    <svg className="scene scene--timeline" viewBox="0 0 400 300" role="presentation">
      <rect className="scene__focus" x={breakX} y="26" width={FOCUS_SHARE * WIDTH} height="136" />
      <text x={LEFT + WIDTH} y="18" textAnchor="end" className="scene__note">{focusNote}</text>
      {eraMarksList.map(({ era, from, to }) => (
        <g key={era.id}>
          <rect
            className={`scene__era scene__era--${era.track}`}
            x={LEFT + from * WIDTH}
            y={BAND_Y[era.track]}
            width={(to - from) * WIDTH}
            height={BAND_HEIGHT}
          />
          <text x={LEFT + from * WIDTH + 5} y={BAND_Y[era.track] + 16} className="scene__band-label">
            {era.label}
          </text>
        </g>
      ))}
      <m.rect
        x="0"
        y="108"
        width="100"
        height="44"
        rx="6"
        className="scene__band"
        style={{ originX: 0 }}
        initial={false}
        animate={{ x: bandStart, scaleX: bandWidth / 100 }}
        transition={transition}
      />
      <line x1={LEFT} y1={AXIS_Y} x2={LEFT + WIDTH} y2={AXIS_Y} className="scene__axis" />
      <path d={`M${breakX - 7},${AXIS_Y + 7} l6,-14 M${breakX + 1},${AXIS_Y + 7} l6,-14`} className="scene__break" />
      {YEAR_TICKS.map((year) => (
        <text key={year} x={x(`${year}-01-01`)} y={AXIS_Y + 22} textAnchor="middle" className="scene__sublabel">
          {year}
        </text>
      ))}
      <text x={LEFT} y={AXIS_Y + 22} className="scene__sublabel">{copy.start}</text>
      <line x1={LEFT + WIDTH} y1={AXIS_Y - 22} x2={LEFT + WIDTH} y2={AXIS_Y + 6} className="scene__deadline" />
      <text x={LEFT + WIDTH} y={AXIS_Y - 28} textAnchor="end" className="scene__sublabel">{copy.end}</text>
      {timelineEvents.map((event) => {
        const isFocused = focusEvents.includes(event.id);
        return (
          <m.circle
            key={event.id}
            cx={x(event.date)}
            cy={AXIS_Y}
            r="5"
            className={isFocused ? 'scene__dot scene__dot--focus' : 'scene__dot'}
            initial={false}
            animate={{ opacity: isFocused ? 1 : 0.35 }}
            transition={transition}
          />
        );
      })}
      {focused.map((event, index) => (
        <m.g key={event.id} initial={isHydrated ? { opacity: 0, y: 6 } : false} animate={{ opacity: 1, y: 0 }} transition={transition}>
          <text x={LEFT} y={190 + index * 36} className="scene__label">
            {formatDate(event.date, event.precision)}
          </text>
          <text x={LEFT} y={207 + index * 36} className="scene__sublabel">
            {event.title}
          </text>
        </m.g>
      ))}
    </svg>
  );
};
