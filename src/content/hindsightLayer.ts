import type { ResolvedCite } from './cites';
import { actorFates, deadlineFate, hindsightEvents, hindsightSteps, hindsightTroops, hindsightUi, proposalFates, unknownAnswers } from './hindsight';
import { resolveLaterCites } from './laterCites';
import { laterSources } from './laterSources';
import type { HindsightBundle, LaterCite, LaterSource } from './types';

/**
 * Everything the hindsight switch adds to the page, in one object the app
 * loads on demand (a dynamic import in src/app) and hands to each feature as
 * a prop. Features import only its type, so none of it (and none of the 189
 * later sources) reaches the scripts of the story as of March 2021.
 */
export interface HindsightLayer extends Omit<HindsightBundle, 'linkableEventIds'> {
  readonly resolveLaterCites: (cites: readonly LaterCite[]) => ResolvedCite[];
  readonly ui: typeof hindsightUi;
}

/**
 * The later reports "What happened next" cites (its events, the proposals'
 * verdicts, the deadline's fate): listed under Sources even with the switch
 * off, since that section is always on the page. `markerTargetsOnly` keeps
 * the first of each claim's reports, where its marker leads without scripts.
 */
export const sourcesCitedInSection = (layer: HindsightLayer, { markerTargetsOnly = false } = {}): LaterSource[] => {
  const cited = new Set<string>();
  const add = (cites: readonly LaterCite[]) => (markerTargetsOnly ? cites.slice(0, 1) : cites).forEach((cite) => cited.add(cite));
  for (const step of layer.steps) {
    for (const id of step.events) add(layer.events.find((event) => event.id === id)?.cites ?? []);
    if (step.showsProposalFates === true) layer.proposalFates.forEach((fate) => add(fate.cites));
    if (step.showsDeadlineFate === true) add(layer.deadlineFate.cites);
  }
  return layer.laterSources.filter((source) => cited.has(source.id));
};

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
