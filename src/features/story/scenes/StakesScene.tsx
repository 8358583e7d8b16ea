import { m } from 'framer-motion';
import { stakesScene as copy } from '../../../content/scenes';
import { emphasis, sceneTransition } from '../../../lib/motion';

interface StakesSceneProps {
  readonly focus: 'warning' | 'weary' | 'risk';
}

const PANELS = [
  { key: 'warning', x: 20, y: 20, width: 360 },
  { key: 'weary', x: 20, y: 160, width: 172 },
  { key: 'risk', x: 208, y: 160, width: 172 },
] as const;

/** Blinken's warning above the two views the article sets against each other. */
export const StakesScene = ({ focus }: StakesSceneProps) => (
  <svg className="scene scene--stakes" viewBox="0 0 400 300" role="presentation">
    {PANELS.map((panel) => {
      const item = copy[panel.key];
      return (
        <m.g key={panel.key} initial={false} animate={emphasis(panel.key === focus, 0.35)} transition={sceneTransition}>
          <rect x={panel.x} y={panel.y} width={panel.width} height="120" rx="8" className={`scene__panel scene__panel--${panel.key}`} />
          <text x={panel.x + 14} y={panel.y + 30} className="scene__label">{item.title}</text>
          <foreignObject x={panel.x + 14} y={panel.y + 40} width={panel.width - 28} height="70">
            <p className="scene__panel-text">{item.text}</p>
          </foreignObject>
          <text x={panel.x + panel.width - 12} y={panel.y + 108} textAnchor="end" className="scene__sublabel">{item.cite}</text>
        </m.g>
      );
    })}
  </svg>
);
