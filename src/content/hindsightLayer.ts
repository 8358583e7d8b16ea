import type { ResolvedCite } from './cites';
import { actorFates, deadlineFate, hindsightEvents, hindsightSteps, hindsightTroops, hindsightUi, proposalFates, unknownAnswers } from './hindsight';
import { resolveLaterCites } from './laterCites';
import { laterSources } from './laterSources';
import type { ActorFate, HindsightEvent, HindsightNote, HindsightStep, HindsightTroopPoint, LaterCite, LaterSource, ProposalFate, UnknownAnswer } from './types';

/**
 * Everything the hindsight switch adds to the page, in one object the app
 * loads on demand (a dynamic import in src/app) and hands to each feature as
 * a prop. Features import only its type, so none of it (and none of the 189
 * later sources) reaches the scripts of the story as of March 2021.
 */
export interface HindsightLayer {
  readonly events: readonly HindsightEvent[];
  readonly troops: readonly HindsightTroopPoint[];
  readonly proposalFates: readonly ProposalFate[];
  readonly actorFates: readonly ActorFate[];
  readonly unknownAnswers: readonly UnknownAnswer[];
  readonly deadlineFate: HindsightNote;
  /** The steps of "What happened next". */
  readonly steps: readonly HindsightStep[];
  readonly laterSources: readonly LaterSource[];
  readonly resolveLaterCites: (cites: readonly LaterCite[]) => ResolvedCite[];
  readonly ui: typeof hindsightUi;
}

export const hindsightLayer: HindsightLayer = {
  events: hindsightEvents,
  troops: hindsightTroops,
  proposalFates,
  actorFates,
  unknownAnswers,
  deadlineFate,
  steps: hindsightSteps,
  laterSources,
  resolveLaterCites,
  ui: hindsightUi,
};
