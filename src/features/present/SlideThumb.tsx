import type { ReactNode } from 'react';
import { SLIDE_HEIGHT, SLIDE_WIDTH, SlideFrame } from './SlideFrame';

interface SlideThumbProps {
  /** Size relative to the full slide, e.g. 0.25. */
  readonly scale: number;
  readonly children: ReactNode;
}

/** A slide drawn small (overview, notes window, handout with notes): a picture only, never focusable. */
export const SlideThumb = ({ scale, children }: SlideThumbProps) => (
  <div className="slide-thumb" style={{ width: SLIDE_WIDTH * scale, height: SLIDE_HEIGHT * scale }} aria-hidden="true" inert>
    <div className="slide-thumb__canvas" style={{ transform: `scale(${scale})` }}>
      <SlideFrame>{children}</SlideFrame>
    </div>
  </div>
);
