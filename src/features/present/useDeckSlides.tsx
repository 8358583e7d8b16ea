import { useMemo } from 'react';
import type { BriefingSlide, DeckSlide } from '../../content/briefing';
import type { HindsightLayer } from '../../content/hindsightLayer';
import { deckSlides, isHindsightSlide } from './hindsightSlides';
import type { DrawSlide, RenderSlide } from './SlideFrame';
import { HindsightSlideView } from './slides/HindsightSlideView';

/**
 * The deck's slides and how to draw each: the briefing as the app gives it,
 * plus, with the hindsight layer, the slides it adds (drawn here). Both are
 * stable while their inputs are, so the memoised handout is not redrawn.
 */
export const useDeckSlides = (
  slides: readonly BriefingSlide[],
  renderSlide: RenderSlide,
  hindsight: HindsightLayer | null,
): { readonly all: readonly DeckSlide[]; readonly draw: DrawSlide } => {
  const all = useMemo(() => deckSlides(slides, hindsight), [slides, hindsight]);
  const draw = useMemo<DrawSlide>(
    () => (slide, step) =>
      isHindsightSlide(slide) ? hindsight && <HindsightSlideView slide={slide} hindsight={hindsight} /> : renderSlide(slide, step, hindsight),
    [renderSlide, hindsight],
  );
  return { all, draw };
};
