import { m } from 'framer-motion';
import type { HindsightLayer } from '../../../content/hindsightLayer';
import { countdownScene as copy } from '../../../content/scenes';
import { site, ui } from '../../../content/site';
import { daysBetween } from '../../../lib/dates';
import { useSceneTransition } from '../../../lib/useSceneTransition';

interface CountdownSceneProps {
  readonly focus: 'deadline' | 'undecided';
  /** With hindsight on, a box under the countdown says what became of the deadline (only `!== null` is read: the words are in scenes.ts); null (the default) draws March 2021 alone. */
  readonly hindsight?: HindsightLayer | null;
}

const HEIGHT = 300;
/** Room added below the countdown for the later box, so the March 2021 drawing keeps its place. */
const LATER_HEIGHT = 84;

/** Days from the story's "as of" date to the deadline, counted from fixed dates, never the reader's clock. */
export const CountdownScene = ({ focus, hindsight = null }: CountdownSceneProps) => {
  const days = daysBetween(site.asOf, site.deadline);
  const transition = useSceneTransition();
  return (
    <svg
      className="scene scene--countdown"
      viewBox={`0 0 400 ${hindsight === null ? HEIGHT : HEIGHT + LATER_HEIGHT}`}
      role="presentation"
    >
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
      {hindsight !== null && <LaterBox />}
    </svg>
  );
};

/**
 * The deadline's fate, framed apart from the March 2021 countdown and named
 * "Later reporting" in words, with the Later form's italic and double rule.
 * Text only: its sources are cited in the step text beside the graphic.
 */
const LaterBox = () => (
  <g className="scene__later">
    <rect x="20" y={HEIGHT + 2} width="360" height={LATER_HEIGHT - 8} rx="6" className="scene__later-box" />
    <line x1="23" y1={HEIGHT + 8} x2="23" y2={HEIGHT + LATER_HEIGHT - 12} className="scene__later-rule" />
    <line x1="27" y1={HEIGHT + 8} x2="27" y2={HEIGHT + LATER_HEIGHT - 12} className="scene__later-rule" />
    <text x="38" y={HEIGHT + 24} className="scene__later-label">
      {ui.citeLaterName}
    </text>
    {copy.later.map((line, index) => (
      <text key={line} x="38" y={HEIGHT + 46 + index * 19} className="scene__later-text">
        {line}
      </text>
    ))}
  </g>
);
