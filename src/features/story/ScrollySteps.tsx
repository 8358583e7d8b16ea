import { m } from 'framer-motion';
import { useRef, type FocusEvent, type ReactNode } from 'react';
import { ui } from '../../content/site';
import { useHydrated } from '../../lib/useHydrated';
import type { GraphicState, StoryStep as StoryStepContent } from '../../content/types';
import { graphicForSection } from './graphicForSection';
import { StoryStep } from './StoryStep';

/** Space left between the graphic and a control scrolled out from under it, in px. */
const FOCUS_CLEARANCE = 24;

interface ScrollyStepsProps {
  readonly steps: readonly StoryStepContent[];
  readonly allSteps: readonly StoryStepContent[];
  readonly activeId: string | null;
  readonly renderGraphic: (state: GraphicState) => ReactNode;
  readonly highlightedSteps: ReadonlySet<string> | null;
}

/** How far `box` reaches up under `graphic` (0 when they do not meet, as when the graphic sits beside the steps). */
const depthUnder = (graphic: DOMRect, box: DOMRect): number =>
  box.right > graphic.left && box.left < graphic.right && box.top < graphic.bottom && box.bottom > graphic.top ? graphic.bottom - box.top : 0;

/** Text steps scrolling past a sticky graphic (beside them when wide, above them when narrow). */
export const ScrollySteps = ({ steps, allSteps, activeId, renderGraphic, highlightedSteps }: ScrollyStepsProps) => {
  const shown = graphicForSection(steps, allSteps, activeId);
  const isHydrated = useHydrated();
  const graphicRef = useRef<HTMLDivElement>(null);
  // On phones the cards slide under the graphic. The browser scrolls focus into
  // view only when it is off screen, so a control reached by Shift+Tab could sit
  // hidden under the graphic (WCAG 2.4.11): bring it down below the graphic.
  const handleFocus = (event: FocusEvent<HTMLOListElement>) => {
    const graphic = graphicRef.current?.getBoundingClientRect();
    const depth = graphic === undefined ? 0 : depthUnder(graphic, event.target.getBoundingClientRect());
    if (depth > 0) window.scrollBy({ top: -(depth + FOCUS_CLEARANCE) });
  };
  return (
    <div className="scrolly">
      <div className="scrolly__graphic" aria-hidden="true" ref={graphicRef}>
        {shown && (
          <m.div
            className="scrolly__frame"
            key={shown.state.scene}
            initial={isHydrated ? { opacity: 0, y: 8 } : false}
            animate={{ opacity: 1, y: 0 }}
            data-graphic-step={shown.stepId}
          >
            {renderGraphic(shown.state)}
          </m.div>
        )}
      </div>
      <ol className="scrolly__steps" aria-label={ui.stepsLabel} onFocus={handleFocus}>
        {steps.map((step) => (
          <StoryStep
            key={step.id}
            step={step}
            isActive={step.id === activeId}
            isDimmed={highlightedSteps !== null && !highlightedSteps.has(step.id)}
          />
        ))}
      </ol>
    </div>
  );
};
