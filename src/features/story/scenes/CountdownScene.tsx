import { m } from 'framer-motion';
import { countdownScene as copy } from '../../../content/scenes';
import { site } from '../../../content/site';
import { daysBetween } from '../../../lib/dates';
import { sceneTransition } from '../../../lib/motion';

interface CountdownSceneProps {
  readonly focus: 'deadline' | 'undecided';
}

/** Days from the story's "as of" date to the deadline, counted from fixed dates, never the reader's clock. */
export const CountdownScene = ({ focus }: CountdownSceneProps) => {
  const days = daysBetween(site.asOf, site.deadline);
  return (
    <svg className="scene scene--countdown" viewBox="0 0 400 300" role="presentation">
      <text x="200" y="120" textAnchor="middle" className="scene__big-number">{days}</text>
      <text x="200" y="150" textAnchor="middle" className="scene__label">{copy.unit}</text>
      <text x="200" y="172" textAnchor="middle" className="scene__sublabel">{copy.caption}</text>
      <rect x="40" y="200" width="320" height="14" rx="7" className="scene__track" />
      <m.rect
        x="40"
        y="200"
        width="320"
        height="14"
        rx="7"
        className="scene__progress"
        style={{ originX: 0 }}
        initial={false}
        animate={{ scaleX: focus === 'deadline' ? 1 : 0.985 }}
        transition={sceneTransition}
      />
      <text x="40" y="238" className="scene__sublabel">{copy.from}</text>
      <text x="360" y="238" textAnchor="end" className="scene__label scene__label--accent">{copy.to}</text>
      <m.g initial={false} animate={{ opacity: focus === 'undecided' ? 1 : 0, y: focus === 'undecided' ? 0 : 6 }} transition={sceneTransition}>
        <rect x="90" y="252" width="220" height="30" rx="15" className="scene__chip scene__chip--warn" />
        <text x="200" y="272" textAnchor="middle" className="scene__chip-text">{copy.undecided}</text>
      </m.g>
    </svg>
  );
};
