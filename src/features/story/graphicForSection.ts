import type { GraphicState, StoryStep } from '../../content/types';

/**
 * What a section's sticky graphic shows: the active step's state when the
 * active step is in this section, otherwise the state nearest to the reader
 * (first step before the section is reached, last step after it).
 */
export const graphicForSection = (
  sectionSteps: readonly StoryStep[],
  allSteps: readonly StoryStep[],
  activeId: string | null,
): { readonly state: GraphicState; readonly stepId: string } | null => {
  const first = sectionSteps[0];
  const last = sectionSteps[sectionSteps.length - 1];
  if (first === undefined || last === undefined) return null;
  const inSection = sectionSteps.find((step) => step.id === activeId);
  if (inSection) return { state: inSection.graphic, stepId: inSection.id };
  const activeIndex = allSteps.findIndex((step) => step.id === activeId);
  const lastIndex = allSteps.findIndex((step) => step.id === last.id);
  const isPast = activeIndex > lastIndex;
  const shown = isPast ? last : first;
  return { state: shown.graphic, stepId: shown.id };
};
