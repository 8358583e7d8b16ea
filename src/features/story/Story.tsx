import { useRef, type ReactNode } from 'react';
import { storySections, storySteps } from '../../content/story';
import type { GraphicState, SectionSlot } from '../../content/types';
import { StorySection } from './StorySection';
import { useActiveStep } from './useActiveStep';

interface StoryProps {
  /** Feature components placed in their sections, composed by the app. */
  readonly slots: Partial<Record<SectionSlot, ReactNode>>;
  /** Draws the graphic for a step's state; the app decides which feature draws which scene. */
  readonly renderGraphic: (state: GraphicState) => ReactNode;
  /** 'flat' unrolls the scroll experience (embeds): no sticky graphic, nothing tied to scrolling. */
  readonly layout: 'scrolly' | 'flat';
  /** Steps to keep at full strength while a selection is active; null when nothing is selected. */
  readonly highlightedSteps?: ReadonlySet<string> | null;
}

/** The whole story in reading order, sections and scroll-driven steps. */
export const Story = ({ slots, renderGraphic, layout, highlightedSteps = null }: StoryProps) => {
  const rootRef = useRef<HTMLDivElement>(null);
  const isFlat = layout === 'flat';
  const activeId = useActiveStep(rootRef, !isFlat);
  return (
    <div className="story" ref={rootRef}>
      {storySections.map((section) => (
        <StorySection
          key={section.id}
          section={section}
          steps={storySteps.filter((step) => step.section === section.id)}
          allSteps={storySteps}
          activeId={activeId}
          isFlat={isFlat}
          renderGraphic={renderGraphic}
          highlightedSteps={highlightedSteps}
          slot={'slot' in section ? slots[section.slot] : undefined}
        />
      ))}
    </div>
  );
};
