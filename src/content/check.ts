import { briefingSlides } from './briefing';
import { content } from './content';
import { hindsightEventIds } from './hindsightEventIds';
import { hindsightLayer } from './hindsightLayer';
import type { HindsightBundle } from './types';
import { keyPoints } from './keyPoints';
import { mapCountries, mapFrame, mapLaterMarks, mapPlaces, mapUi } from './map';
import { validateContent, validateHindsight, validateKeyPoints, type ContentIssue } from './validate';
import { validateBriefing } from './validateBriefing';
import { validateMap } from './validateMap';

/** The hindsight layer (issue #14) as its validator sees it: the layer the page loads, with the ids the address parser knows. */
export const hindsight: HindsightBundle = { ...hindsightLayer, linkableEventIds: hindsightEventIds };

/** Every content rule over the whole model, story, hindsight and briefing; an empty list means the build may go on. */
export const checkContent = (): ContentIssue[] => [
  ...validateContent(content),
  ...validateHindsight(hindsight, content),
  ...validateBriefing(briefingSlides, content),
  ...validateKeyPoints(keyPoints, content),
  ...validateMap(
    {
      places: mapPlaces,
      countries: mapCountries,
      frame: mapFrame,
      laterMarks: mapLaterMarks,
      laterEventIds: hindsight.events.map((event) => event.id),
      bordersCites: mapUi.bordersCites,
    },
    content,
  ),
];
