import { m } from 'framer-motion';
import { proposals } from '../../content/proposals';
import { emphasis, sceneTransition } from '../../lib/motion';

interface ProposalsSceneProps {
  readonly focus: string;
}

/** Sticky graphic for the proposal steps: the four asks, the current one in front. */
export const ProposalsScene = ({ focus }: ProposalsSceneProps) => (
  <svg className="scene scene--proposals" viewBox="0 0 400 300" role="presentation">
    {proposals.map((proposal, index) => {
      const column = index % 2;
      const row = Math.floor(index / 2);
      const isFocused = proposal.id === focus;
      return (
        <m.g
          key={proposal.id}
          initial={false}
          animate={{ ...emphasis(isFocused, 0.3), scale: isFocused ? 1.03 : 1 }}
          transition={sceneTransition}
          style={{ originX: `${20 + column * 190 + 85}px`, originY: `${20 + row * 140 + 60}px` }}
        >
          <rect x={20 + column * 190} y={20 + row * 140} width="170" height="120" rx="10" className="scene__panel" />
          <text x={36 + column * 190} y={62 + row * 140} className="scene__big-digit">{proposal.number}</text>
          <foreignObject x={34 + column * 190} y={72 + row * 140} width="142" height="62">
            <p className="scene__panel-text">{proposal.title}</p>
          </foreignObject>
        </m.g>
      );
    })}
  </svg>
);
