import { actorGroups, actorRelations, actors } from './actors';
import { article } from './article';
import { embedParts } from './embed';
import { proposals } from './proposals';
import { quotes } from './quotes';
import { sources } from './sources';
import { storySections, storySteps, unknowns } from './story';
import { timelineEras, timelineEvents } from './timeline';
import { troopPoints, troopSources } from './troops';
import type { ContentBundle } from './types';

/** The whole content model in one bundle, as the validator and the modes see it. */
export const content: ContentBundle = {
  article,
  sources,
  quotes,
  actors,
  actorGroups,
  relations: actorRelations,
  embedParts,
  events: timelineEvents,
  eras: timelineEras,
  troops: troopPoints,
  troopSources,
  proposals,
  sections: storySections,
  steps: storySteps,
  unknowns,
};
