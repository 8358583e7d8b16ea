import { m } from 'framer-motion';
import { stakesScene as copy } from '../../../content/scenes';
import { emphasis } from '../../../lib/motion';
import { useSceneTransition } from '../../../lib/useSceneTransition';

interface StakesSceneProps {
  readonly focus: 'warning' | 'weary' | 'risk';
}

const PANELS = [
  { key: 'warning', x: 20, y: 20, width: 360 },
  { key: 'weary', x: 20, y: 160, width: 172 },
  { key: 'risk', x: 208, y: 160, width: 172 },
] as const;

/**
 * Blinken's warning above the two views the article sets against each other.
 * The panels not in focus step back by colour and weight, not by fading their
 * words (faded text falls below 4.5:1); only the focus ring fades.
 */
export const StakesScene = ({ focus }: StakesSceneProps) => {
  const transition = useSceneTransition();
  return (
    <svg className="scene scene--stakes" viewBox="0 0 400 300" role="presentation">
      {PANELS.map((panel) => {
        const item = copy[panel.key];
        const isFocused = panel.key === focus;
        return (
          <g key={panel.key} className="scene__card" data-focus={isFocused}>
            <rect x={panel.x} y={panel.y} width={panel.width} height="120" rx="8" className={`scene__panel scene__panel--${panel.key}`} />
            <m.rect
              x={panel.x}
              y={panel.y}
              width={panel.width}
              height="120"
              rx="8"
              className="scene__ring"
              initial={false}
              animate={emphasis(isFocused, 0)}
              transition={transition}
            />
            <text x={panel.x + 14} y={panel.y + 28} className="scene__label">{item.title}</text>
            <foreignObject x={panel.x + 14} y={panel.y + 36} width={panel.width - 28} height="64">
              <p className="scene__panel-text">{item.text}</p>
            </foreignObject>
            <text x={panel.x + panel.width - 12} y={panel.y + 112} textAnchor="end" className="scene__sublabel">{item.cite}</text>
          </g>
        );
      })}
    </svg>
  );
};
