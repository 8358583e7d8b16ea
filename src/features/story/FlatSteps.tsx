import type { ReactNode } from 'react';
import { ui } from '../../content/site';
import type { GraphicState, StoryStep as StoryStepContent } from '../../content/types';
import { StoryStep } from './StoryStep';

interface FlatStepsProps {
  readonly steps: readonly StoryStepContent[];
  readonly renderGraphic: (state: GraphicState) => ReactNode;
  readonly highlightedSteps: ReadonlySet<string> | null;
}

/**
 * The scroll experience unrolled (embeds, print): each step's graphic sits
 * above its text in its final state, so nothing depends on scroll position.
 */
export const FlatSteps = ({ steps, renderGraphic, highlightedSteps }: FlatStepsProps) => (
  <ol className="flat-steps" aria-label={ui.stepsLabel}>
    {steps.map((step) => (
      <StoryStep
        key={step.id}
        step={step}
        isActive={false}
        isDimmed={highlightedSteps !== null && !highlightedSteps.has(step.id)}
        graphic={renderGraphic(step.graphic)}
      />
    ))}
  </ol>
);
