import type { ReactNode } from 'react';
import { storySections } from '../../content/story';
import type { SectionId, SectionSlot } from '../../content/types';
import { StorySection } from '../../features/story/StorySection';
import { DeferredPart } from '../../lib/DeferredPart';
import { MotionProvider } from '../../lib/MotionProvider';
import { actorsPanelPart, proposalListPart, sourcesListPart, timelinePart, troopLevelsPart, unknownsPart } from '../parts';
import { renderStoryGraphic } from '../StoryGraphic';
import { useSelectionHighlights } from './useSelectionHighlights';

const NO_PROPS = {} as const;

const slots: Record<SectionSlot, ReactNode> = {
  timeline: <DeferredPart module={timelinePart} props={NO_PROPS} name="timeline" />,
  troops: <DeferredPart module={troopLevelsPart} props={NO_PROPS} name="troops" />,
  proposals: <DeferredPart module={proposalListPart} props={NO_PROPS} name="proposals" />,
  actors: <DeferredPart module={actorsPanelPart} props={NO_PROPS} name="actors" />,
  unknowns: <DeferredPart module={unknownsPart} props={NO_PROPS} name="unknowns" />,
  sources: <DeferredPart module={sourcesListPart} props={NO_PROPS} name="sources" />,
};

interface StorySectionIslandProps {
  readonly sectionId: SectionId;
}

/** One story section as an island of the article page, with its feature slot deferred inside it. */
export const StorySectionIsland = ({ sectionId }: StorySectionIslandProps) => (
  // The provider sits above the hooks, so a selection re-renders the section but never the provider.
  <MotionProvider>
    <HighlightedSection sectionId={sectionId} />
  </MotionProvider>
);

const HighlightedSection = ({ sectionId }: StorySectionIslandProps) => {
  const section = storySections.find((candidate) => candidate.id === sectionId);
  const highlights = useSelectionHighlights();
  if (section === undefined) return null;
  return (
    <StorySection
      section={section}
      isFlat={false}
      renderGraphic={renderStoryGraphic}
      highlightedSteps={highlights?.steps ?? null}
      slot={'slot' in section ? slots[section.slot] : undefined}
    />
  );
};
