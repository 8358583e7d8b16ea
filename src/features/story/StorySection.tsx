import type { ReactNode } from 'react';
import { PartBoundary } from '../../components/PartBoundary';
import { RichText } from '../../components/RichText';
import { resolveInlines } from '../../content/cites';
import { storySteps } from '../../content/story';
import type { GraphicState, StorySection as StorySectionContent } from '../../content/types';
import { useStore } from '../../lib/store';
import { activeStepStore } from './activeStep';
import { FlatSteps } from './FlatSteps';
import { ScrollySteps } from './ScrollySteps';

interface StorySectionProps {
  readonly section: StorySectionContent;
  /** True unrolls the steps (embeds, print): no sticky graphic, nothing tied to scrolling. */
  readonly isFlat: boolean;
  readonly renderGraphic: (state: GraphicState) => ReactNode;
  /** Steps to keep at full strength while a selection is active; null when nothing is selected. */
  readonly highlightedSteps: ReadonlySet<string> | null;
  /** The feature placed in this section (timeline, cards, actors…), composed by the app. */
  readonly slot?: ReactNode;
}

/** One section of the story: heading, intro, its steps (scrolly or flat) and its feature slot. */
export const StorySection = ({ section, isFlat, renderGraphic, highlightedSteps, slot }: StorySectionProps) => {
  const activeId = useStore(activeStepStore);
  const steps = storySteps.filter((step) => step.section === section.id);
  const headingId = `section-${section.id}-heading`;
  return (
    <section className={`story-section story-section--${section.id}`} id={section.id} aria-labelledby={headingId}>
      <header className="story-section__header">
        <p className="kicker">{section.kicker}</p>
        <h2 id={headingId}>{section.heading}</h2>
        {'intro' in section && section.intro && (
          <p className="story-section__intro">
            <RichText inlines={resolveInlines(section.intro)} />
          </p>
        )}
      </header>
      {steps.length > 0 && (
        <PartBoundary name={`steps-${section.id}`}>
          {isFlat ? (
            <FlatSteps steps={steps} renderGraphic={renderGraphic} highlightedSteps={highlightedSteps} />
          ) : (
            <ScrollySteps
              steps={steps}
              allSteps={storySteps}
              activeId={activeId}
              renderGraphic={renderGraphic}
              highlightedSteps={highlightedSteps}
            />
          )}
        </PartBoundary>
      )}
      {slot !== undefined && <PartBoundary name={`slot-${section.id}`}>{slot}</PartBoundary>}
    </section>
  );
};
