import { m } from 'framer-motion';
import { troopsScene as copy } from '../../content/scenes';
import { formatDate, precisionOf } from '../../lib/dates';
import { formatCount } from '../../lib/numbers';
import { useSceneTransition } from '../../lib/useSceneTransition';
import { focusContextScale } from './timelineScale';
import { areaPath, maxTroops, nearestPoint, snapshotSeries } from './troopSeries';

interface TroopsSceneProps {
  readonly focusDate: string;
}

const series = snapshotSeries();
const top = maxTroops(series);
// The timeline's focus + context axis, so 2020–2021 reads the same here as there.
const x = (date: string) => 24 + focusContextScale(date) * 352;
const y = (troops: number) => 250 - (troops / top) * 190;
const path = areaPath(series, x, y);

/** Sticky graphic for the deadline steps: the troop curve with the step's date marked. */
export const TroopsScene = ({ focusDate }: TroopsSceneProps) => {
  const transition = useSceneTransition();
  const focus = nearestPoint(series, focusDate);
  return (
    <svg className="scene scene--troops" viewBox="0 0 400 300" role="presentation">
      <text x="24" y="30" className="scene__label">{copy.title}</text>
      <path d={path} className="scene__area" />
      <line x1="24" y1="250" x2="376" y2="250" className="scene__axis" />
      <text x="24" y="272" className="scene__sublabel">2001</text>
      <text x="376" y="272" textAnchor="end" className="scene__sublabel">2021</text>
      {focus && (
        <m.g initial={false} animate={{ x: x(focus.date), y: y(focus.troops) }} transition={transition}>
          <circle r="6" className="scene__dot scene__dot--focus" />
          <text x="-8" y="-14" textAnchor="end" className="scene__label scene__label--accent">
            {formatCount(focus.troops)}
          </text>
          <text x="-8" y="-32" textAnchor="end" className="scene__sublabel">{formatDate(focus.date, precisionOf(focus.date))}</text>
        </m.g>
      )}
    </svg>
  );
};
