import { m } from 'framer-motion';
import { countdownScene as copy } from '../../../content/scenes';
import { site } from '../../../content/site';
import { daysBetween } from '../../../lib/dates';
import { useSceneTransition } from '../../../lib/useSceneTransition';

interface CountdownSceneProps {
  readonly focus: 'deadline' | 'undecided';
}

/** Days from the story's "as of" date to the deadline, counted from fixed dates, never the reader's clock. */
export const CountdownScene = ({ focus }: CountdownSceneProps) => {
  const days = daysBetween(site.asOf, site.deadline);
  const transition = useSceneTransition();
  return (
    <svg className="scene scene--countdown" viewBox="0 0 400 300" role="presentation">
      <text x="200" y="104" textAnchor="middle" className="scene__big-number">{days}</text>
      <text x="200" y="134" textAnchor="middle" className="scene__label">{copy.unit}</text>
      {copy.caption.map((line, index) => (
        <text key={line} x="200" y={158 + index * 18} textAnchor="middle" className="scene__sublabel">
          {line}
        </text>
      ))}
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
        transition={transition}
      />
      <text x="40" y="238" className="scene__sublabel">{copy.from}</text>
      <text x="360" y="238" textAnchor="end" className="scene__label scene__label--accent">{copy.to}</text>
      <m.g initial={false} animate={{ opacity: focus === 'undecided' ? 1 : 0, y: focus === 'undecided' ? 0 : 6 }} transition={transition}>
        <rect x="50" y="252" width="300" height="32" rx="16" className="scene__chip scene__chip--warn" />
        <text x="200" y="273" textAnchor="middle" className="scene__chip-text">{copy.undecided}</text>
      </m.g>
    </svg>
  );
};
