import { m } from 'framer-motion';
import { useRef, type FocusEvent, type ReactNode } from 'react';
import { ui } from '../../content/site';
import { clearFocusFromUnder } from '../../lib/focusClearance';
import { useHydrated } from '../../lib/useHydrated';
import type { GraphicState, StoryStep as StoryStepContent } from '../../content/types';
import { graphicForSection } from './graphicForSection';
import { StoryStep } from './StoryStep';

interface ScrollyStepsProps {
  readonly steps: readonly StoryStepContent[];
  readonly allSteps: readonly StoryStepContent[];
  readonly activeId: string | null;
  readonly renderGraphic: (state: GraphicState) => ReactNode;
  readonly highlightedSteps: ReadonlySet<string> | null;
}

/** Text steps scrolling past a sticky graphic (beside them when wide, above them when narrow). */
export const ScrollySteps = ({ steps, allSteps, activeId, renderGraphic, highlightedSteps }: ScrollyStepsProps) => {
  const shown = graphicForSection(steps, allSteps, activeId);
  const isHydrated = useHydrated();
  const graphicRef = useRef<HTMLDivElement>(null);
  const handleFocus = (event: FocusEvent<HTMLOListElement>) => clearFocusFromUnder(graphicRef.current, event.target);
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
