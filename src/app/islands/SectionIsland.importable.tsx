import { storySections } from '../../content/story';
import { StorySectionBody } from '../../features/story/StorySectionBody';
import { MotionProvider } from '../../lib/MotionProvider';
import { useStore } from '../../lib/store';
import { activeStepStore } from '../stepState';
import { renderStoryGraphic } from '../StoryGraphic';
import { useSelectionHighlights } from '../useSelectionHighlights';
import type { IslandProps } from './types';

/** A story section's heading, intro and steps, following the active step and the actor selection. */
export const SectionIsland = (props: IslandProps['section']) => (
  <MotionProvider>
    <Section {...props} />
  </MotionProvider>
);

const Section = ({ sectionId, isFlat }: IslandProps['section']) => {
  const activeId = useStore(activeStepStore);
  const highlights = useSelectionHighlights();
  const section = storySections.find((candidate) => candidate.id === sectionId);
  if (section === undefined) return null;
  return (
    <StorySectionBody
      section={section}
      isFlat={isFlat}
      activeId={isFlat ? null : activeId}
      renderGraphic={renderStoryGraphic}
      highlightedSteps={highlights?.steps ?? null}
    />
  );
};
