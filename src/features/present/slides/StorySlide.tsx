import type { ReactNode } from 'react';
import { RichText } from '../../../components/RichText';
import type { BriefingSlide } from '../../../content/briefing';
import { resolveInlines } from '../../../content/cites';
import { ui } from '../../../content/site';
import { storySteps } from '../../../content/story';
import type { GraphicState } from '../../../content/types';
import { SlideLayout } from '../SlideLayout';
import { lastShownStep, slideCites, slideGraphic, slideKicker, slideTitle, type SlideStep } from '../slideModel';
import { StepDots } from '../StepDots';

interface StorySlideProps {
  readonly slide: Extract<BriefingSlide, { kind: 'story' }>;
  readonly step: SlideStep;
  readonly renderGraphic: (state: GraphicState) => ReactNode;
}

/**
 * Story steps of one section beside the graphic of the current step. Live,
 * one step at a time, large; fully revealed (overview, handout), all of them.
 */
export const StorySlide = ({ slide, step, renderGraphic }: StorySlideProps) => {
  const steps = slide.steps.flatMap((id) => storySteps.filter((s) => s.id === id));
  const shown = lastShownStep(slide, step);
  const graphic = slideGraphic(slide, step);
  const current = steps[shown];
  const isComplete = step === 'all';
  return (
    <SlideLayout
      layout={isComplete ? 'complete' : 'split'}
      kicker={slideKicker(slide)}
      title={slideTitle(slide)}
      cites={slideCites(slide, step)}
      aside={graphic === null ? undefined : <div className="slide__graphic" aria-hidden="true">{renderGraphic(graphic)}</div>}
    >
      {isComplete ? (
        <ol className="slide__points">
          {steps.map((storyStep) => (
            <li key={storyStep.id} className="slide__point">
              <RichText inlines={resolveInlines(storyStep.body)} hasTermNotes={false} />
            </li>
          ))}
        </ol>
      ) : (
        current && (
          <>
            <p key={current.id} className="slide__lead">
              <RichText inlines={resolveInlines(current.body)} hasTermNotes={false} />
            </p>
            <p className="visually-hidden">
              {ui.graphicAltPrefix} {current.graphicAlt}
            </p>
            {steps.length > 1 && <StepDots current={shown} total={steps.length} />}
          </>
        )
      )}
    </SlideLayout>
  );
};
