import type { ReactNode } from 'react';
import { CiteList } from '../../components/CiteList';
import { RichText } from '../../components/RichText';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { resolveCites, resolveInlines } from '../../content/cites';
import { ui } from '../../content/site';
import type { StoryStep as StoryStepContent } from '../../content/types';

interface StoryStepProps {
  readonly step: StoryStepContent;
  readonly isActive: boolean;
  /** Dimmed when a selection elsewhere on the page does not involve this step. */
  readonly isDimmed: boolean;
  /** In the flat layout, the step's graphic sits above its text. */
  readonly graphic?: ReactNode;
}

/** One text step. The graphic's text alternative is read after the text (the graphic itself is hidden from AT). */
export const StoryStep = ({ step, isActive, isDimmed, graphic }: StoryStepProps) => (
  <li
    className="step"
    id={`step-${step.id}`}
    data-step-id={step.id}
    data-dimmed={isDimmed ? 'true' : undefined}
    aria-current={isActive ? 'step' : undefined}
  >
    {graphic !== undefined && (
      <div className="step__graphic" aria-hidden="true">
        {graphic}
      </div>
    )}
    <div className="step__card">
      {/* The sources close the claim's paragraph: one marker group, no row of its own. */}
      <p className="step__body">
        <RichText inlines={resolveInlines(step.body)} /> <CiteList sources={resolveCites(step.cites)} />
      </p>
      <p className="step__alt">
        <VisuallyHidden>
          {ui.graphicAltPrefix} {step.graphicAlt}
        </VisuallyHidden>
      </p>
    </div>
  </li>
);
