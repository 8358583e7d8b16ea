import { m } from 'framer-motion';
import type { HindsightLayer } from '../../content/hindsightLayer';
import { troopsScene as copy } from '../../content/scenes';
import { timelineUi } from '../../content/timeline';
import { formatDate, precisionOf } from '../../lib/dates';
import { formatCount } from '../../lib/numbers';
import { useSceneTransition } from '../../lib/useSceneTransition';
import { GRID_LEVELS } from './timelineGeometry';
import { formatShortDate } from './timelineLayout';
import { AXIS_START, FOCUS_START, frameScale, HINDSIGHT_FRAME, STORY_FRAME, type AxisFrame } from './timelineScale';
import { focusNoteFor, gridLabel, peakPoint, troopMarkerText } from './troopLabels';
import { areaPath, maxTroops, nearestPoint, snapshotSeries } from './troopSeries';
import { TroopsLaterInset } from './TroopsLaterInset';

interface TroopsSceneProps {
  readonly focusDate: string;
  /** With hindsight the axis runs on to August 2021 and the later figures follow; null draws the story as of March 7, 2021. */
  readonly hindsight?: HindsightLayer | null;
}

const LEFT = 56;
const RIGHT = 376;
const TOP = 84;
const AXIS_Y = 232;
const series = snapshotSeries();
const top = maxTroops(series);
const peak = peakPoint(series);
const y = (troops: number) => AXIS_Y - (troops / top) * (AXIS_Y - TOP);
const short = (date: string) => formatShortDate(date, timelineUi.monthsShort);

/** The drawing on one axis: the timeline's focus + context axis, so 2020–2021 reads the same here as there. */
const axisOf = (frame: AxisFrame) => {
  const scale = frameScale(frame);
  const x = (date: string) => LEFT + scale(date) * (RIGHT - LEFT);
  return { x, path: areaPath(series, x, y), breakX: x(FOCUS_START), endLabel: short(frame.lastDay.slice(0, 7)), note: focusNoteFor(frame) };
};
const storyAxis = axisOf(STORY_FRAME);
const hindsightAxis = axisOf(HINDSIGHT_FRAME);

/**
 * Sticky graphic for the deadline steps: the troop curve on gridlines, its
 * peak labelled, the step's date marked, and the stretched last months shaded,
 * broken on the axis and named in words. With hindsight, the later figures
 * follow in the Later reporting style (TroopsLaterInset).
 */
export const TroopsScene = ({ focusDate, hindsight = null }: TroopsSceneProps) => {
  const transition = useSceneTransition();
  const focus = nearestPoint(series, focusDate);
  const { x, path, breakX, endLabel, note } = hindsight === null ? storyAxis : hindsightAxis;
  return (
    <svg className="scene scene--troops" viewBox="0 0 400 300" role="presentation">
      <rect className="scene__focus" x={breakX} y={TOP - 4} width={RIGHT - breakX} height={AXIS_Y - TOP + 4} />
      <text x="24" y="28" className="scene__label">{copy.title}</text>
      {GRID_LEVELS.map((level) => (
        <g key={level}>
          <line x1={LEFT} x2={RIGHT} y1={y(level)} y2={y(level)} className="scene__grid" />
          <text x={LEFT - 6} y={y(level) + 5} textAnchor="end" className="scene__sublabel">{gridLabel(level)}</text>
        </g>
      ))}
      <path d={path} className="scene__area" />
      <line x1={LEFT} y1={AXIS_Y} x2={RIGHT} y2={AXIS_Y} className="scene__axis" />
      <path d={`M${breakX - 7},${AXIS_Y + 7} l6,-14 M${breakX + 1},${AXIS_Y + 7} l6,-14`} className="scene__break" />
      <text x={LEFT} y={AXIS_Y + 22} className="scene__sublabel">{short(AXIS_START.slice(0, 7))}</text>
      <text x={breakX} y={AXIS_Y + 22} textAnchor="middle" className="scene__sublabel">{short(FOCUS_START.slice(0, 7))}</text>
      <text x={RIGHT} y={AXIS_Y + 22} textAnchor="end" className="scene__sublabel">{endLabel}</text>
      <text x={RIGHT} y={AXIS_Y + 48} textAnchor="end" className="scene__note">{note}</text>
      {peak && (
        <g transform={`translate(${x(peak.date)} ${y(peak.troops)})`}>
          <circle r="4" className="scene__dot" />
          <text y="-10" textAnchor="middle" className="scene__note">{troopMarkerText(timelineUi.peakMarker, peak)}</text>
        </g>
      )}
      {hindsight !== null && <TroopsLaterInset hindsight={hindsight} x={x} y={y} />}
      {focus && (
        <m.g initial={false} animate={{ x: x(focus.date), y: y(focus.troops) }} transition={transition}>
          <line x1="0" y1="-6" x2="0" y2="-30" className="scene__leader" />
          <circle r="6" className="scene__dot scene__dot--focus" />
          <text x="-6" y="-37" textAnchor="end" className="scene__label scene__label--accent">{formatCount(focus.troops)}</text>
          <text x="-6" y="-56" textAnchor="end" className="scene__sublabel">{formatDate(focus.date, precisionOf(focus.date))}</text>
        </m.g>
      )}
    </svg>
  );
};
