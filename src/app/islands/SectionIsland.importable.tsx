import { storySections } from '../../content/story';
import { HindsightAside } from '../../features/hindsight/HindsightAside';
import { PlaceList } from '../../features/map/PlaceList';
import { StorySectionBody } from '../../features/story/StorySectionBody';
import { MotionProvider } from '../../lib/MotionProvider';
import { useStore } from '../../lib/store';
import { useHindsightLayer } from '../hindsightLayer';
import { mapLaterNotes } from '../mapLater';
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
  const hindsight = useHindsightLayer();
  const section = storySections.find((candidate) => candidate.id === sectionId);
  if (section === undefined) return null;
  return (
    <>
      <StorySectionBody
        section={section}
        isFlat={isFlat}
        activeId={isFlat ? null : activeId}
        renderGraphic={(state) => renderStoryGraphic(state, hindsight)}
        highlightedSteps={highlights?.steps ?? null}
      />
      {/* The map's text: every place it marks, and why, with sources. */}
      {sectionId === 'proposals' && <PlaceList isFolded laterNotes={mapLaterNotes(hindsight)} />}
      {/* The countdown's fate, in words and cited; the graphic above only points to it. */}
      {sectionId === 'deadline' && hindsight !== null && (
        <HindsightAside layer={hindsight} label={hindsight.ui.deadlineFateLabel} note={hindsight.deadlineFate} />
      )}
    </>
  );
};
