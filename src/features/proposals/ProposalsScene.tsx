import { m } from 'framer-motion';
import { proposals } from '../../content/proposals';
import { emphasis } from '../../lib/motion';
import { useSceneTransition } from '../../lib/useSceneTransition';

interface ProposalsSceneProps {
  readonly focus: string;
}

/**
 * Sticky graphic for the proposal steps: the four asks, the current one in
 * front. The others step back by colour and weight, never by fading their
 * words (faded text falls below 4.5:1); only the focus ring fades.
 */
export const ProposalsScene = ({ focus }: ProposalsSceneProps) => {
  const transition = useSceneTransition();
  return (
    <svg className="scene scene--proposals" viewBox="0 0 400 300" role="presentation">
      {proposals.map((proposal, index) => {
        const x = 20 + (index % 2) * 190;
        const y = 20 + Math.floor(index / 2) * 140;
        const isFocused = proposal.id === focus;
        return (
          <m.g
            key={proposal.id}
            className="scene__card"
            data-focus={isFocused}
            initial={false}
            animate={{ scale: isFocused ? 1.03 : 1 }}
            transition={transition}
            style={{ originX: `${x + 85}px`, originY: `${y + 60}px` }}
          >
            <rect x={x} y={y} width="170" height="120" rx="10" className="scene__panel" />
            <m.rect
              x={x}
              y={y}
              width="170"
              height="120"
              rx="10"
              className="scene__ring"
              initial={false}
              animate={emphasis(isFocused, 0)}
              transition={transition}
            />
            <text x={x + 16} y={y + 42} className="scene__big-digit">{proposal.number}</text>
            <foreignObject x={x + 14} y={y + 52} width="142" height="66">
              <p className="scene__panel-text">{proposal.title}</p>
            </foreignObject>
          </m.g>
        );
      })}
    </svg>
  );
};
