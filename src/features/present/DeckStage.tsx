import { m, useReducedMotion } from 'framer-motion';
import { useRef, type ReactNode } from 'react';
import { quickTransition } from '../../lib/motion';
import { SLIDE_HEIGHT, SLIDE_WIDTH, SlideFrame } from './SlideFrame';
import { useFitScale } from './useFitScale';
import { useSwipe } from './useSwipe';

interface DeckStageProps {
  /** Changes when the slide does; the new slide fades in from its direction. */
  readonly slideKey: string;
  readonly label: string;
  readonly direction: 1 | -1 | 0;
  /** False for the first slide shown, which appears in its final state. */
  readonly animates: boolean;
  readonly isInert: boolean;
  readonly onSwipe: (command: 'next' | 'prev') => void;
  readonly slide: ReactNode;
  /** Counter and buttons: not scaled, so their targets stay at least 24 px on a phone. */
  readonly bar: ReactNode;
  /** Panels, drawn on the same scaled canvas as the slide so they read as well. */
  readonly children: ReactNode;
}

/**
 * Letterboxes the 16:9 canvas on any screen (CSS aspect-ratio), scales it with
 * a transform, and runs the slide transition: opacity and a small shift only,
 * and none at all when the reader prefers reduced motion.
 */
export const DeckStage = ({ slideKey, label, direction, animates, isInert, onSwipe, slide, bar, children }: DeckStageProps) => {
  const frame = useRef<HTMLDivElement>(null);
  const scale = useFitScale(frame, SLIDE_WIDTH);
  const prefersReducedMotion = useReducedMotion() === true;
  useSwipe(frame, onSwipe);
  return (
    <div className="deck-stage">
      <div ref={frame} className="deck-stage__frame">
        <div className="deck-stage__canvas" style={{ width: SLIDE_WIDTH, height: SLIDE_HEIGHT, transform: `scale(${scale})` }}>
          <m.div
            key={slideKey}
            className="deck-stage__slide"
            inert={isInert}
            initial={animates && !prefersReducedMotion ? { opacity: 0, x: direction * 24 } : false}
            animate={{ opacity: 1, x: 0 }}
            transition={prefersReducedMotion ? { duration: 0 } : quickTransition}
          >
            <SlideFrame label={label}>{slide}</SlideFrame>
          </m.div>
          {children}
        </div>
        <div className="deck-stage__bar" inert={isInert}>
          {bar}
        </div>
      </div>
    </div>
  );
};
