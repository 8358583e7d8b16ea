import { briefingSlides } from './briefing';
import { content } from './content';
import { actorFates, deadlineFate, hindsightEvents, hindsightSteps, hindsightTroops, proposalFates, unknownAnswers } from './hindsight';
import { hindsightEventIds } from './hindsightEventIds';
import { laterSources } from './laterSources';
import type { HindsightBundle } from './types';
import { validateContent, validateHindsight, type ContentIssue } from './validate';
import { validateBriefing } from './validateBriefing';

/** The hindsight layer (issue #14) in one bundle, as its validator sees it. */
export const hindsight: HindsightBundle = {
  laterSources,
  events: hindsightEvents,
  proposalFates,
  actorFates,
  unknownAnswers,
  troops: hindsightTroops,
  deadlineFate,
  steps: hindsightSteps,
  linkableEventIds: hindsightEventIds,
};

/** Every content rule over the whole model, story, hindsight and briefing; an empty list means the build may go on. */
export const checkContent = (): ContentIssue[] => [
  ...validateContent(content),
  ...validateHindsight(hindsight, content),
  ...validateBriefing(briefingSlides, content),
];
