import { deferredModule } from '../lib/deferredModule';

/** Parts of the article page: prerendered in full, their code loaded as the reader nears them. */
export const storySectionPart = deferredModule(() =>
  import('./islands/StorySectionIsland').then((m) => m.StorySectionIsland),
);
export const timelinePart = deferredModule(() => import('./islands/TimelineIsland').then((m) => m.TimelineIsland));
export const troopLevelsPart = deferredModule(() => import('../features/timeline/TroopLevels').then((m) => m.TroopLevels));
export const proposalListPart = deferredModule(() => import('./islands/ProposalsIsland').then((m) => m.ProposalsIsland));
export const actorsPanelPart = deferredModule(() => import('./islands/ActorsIsland').then((m) => m.ActorsIsland));
export const unknownsPart = deferredModule(() => import('../features/story/Unknowns').then((m) => m.Unknowns));
export const sourcesListPart = deferredModule(() => import('../features/sources/SourcesList').then((m) => m.SourcesList));

/** The embed view is a page of its own: loaded only in embed mode. */
export const embedViewPart = deferredModule(() => import('./EmbedView').then((m) => m.EmbedView));
