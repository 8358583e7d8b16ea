import type { ReactNode } from 'react';
import type { BriefingSlide, DeckSlide } from '../../content/briefing';
import type { HindsightLayer } from '../../content/hindsightLayer';
import type { SlideStep } from './slideModel';

/**
 * Draws one briefing slide's content at a step; the app decides which
 * features draw which slide. `hindsight` is the deck's own prop, passed on
 * (the sources slide lists later reporting with it).
 */
export type RenderSlide = (slide: BriefingSlide, step: SlideStep, hindsight: HindsightLayer | null) => ReactNode;

/** Draws any slide of the deck: the app's briefing slides, and the hindsight slides the deck draws itself. */
export type DrawSlide = (slide: DeckSlide, step: SlideStep) => ReactNode;

/** The slide canvas, in CSS px; the stage scales it to the screen. */
export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;

interface SlideFrameProps {
  readonly children: ReactNode;
  /** "3 of 12" on the live slide (WAI-ARIA carousel); thumbnails and handout pages have no label. */
  readonly label?: string;
}

/** One 1280×720 slide. */
export const SlideFrame = ({ children, label }: SlideFrameProps) =>
  label === undefined ? (
    <div className="slide-frame">{children}</div>
  ) : (
    <div className="slide-frame" role="group" aria-roledescription="slide" aria-label={label}>
      {children}
    </div>
  );
