import type { ReactNode } from 'react';
import { storySections } from '../../content/story';
import type { GraphicState, SectionSlot } from '../../content/types';
import { StoryScrollTracker } from './StoryScrollTracker';
import { StorySection } from './StorySection';

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

/** The whole story in reading order, in one piece (the article page composes sections as islands instead). */
export const Story = ({ slots, renderGraphic, layout, highlightedSteps = null }: StoryProps) => (
  <div className="story">
    {layout === 'scrolly' && <StoryScrollTracker />}
    {storySections.map((section) => (
      <StorySection
        key={section.id}
        section={section}
        isFlat={layout === 'flat'}
        renderGraphic={renderGraphic}
        highlightedSteps={highlightedSteps}
        slot={'slot' in section ? slots[section.slot] : undefined}
      />
    ))}
  </div>
);
