import type { ComponentType } from 'react';
import { deferredModule } from '../lib/deferredModule';
import { loadMotionFeatures } from '../lib/motionFeaturesLoader';

/** A part hydrates only once the animation features are here too, so its MotionProvider never re-renders. */
const withMotion = <P extends object>(importer: () => Promise<ComponentType<P>>) =>
  deferredModule(() => Promise.all([importer(), loadMotionFeatures()]).then(([component]) => component));

/** Parts of the article page: prerendered in full, their code loaded as the reader nears them. */
export const storySectionPart = withMotion(() => import('./islands/StorySectionIsland').then((m) => m.StorySectionIsland));
export const timelinePart = withMotion(() => import('./islands/TimelineIsland').then((m) => m.TimelineIsland));
export const troopLevelsPart = withMotion(() => import('../features/timeline/TroopLevels').then((m) => m.TroopLevels));
export const proposalListPart = withMotion(() => import('./islands/ProposalsIsland').then((m) => m.ProposalsIsland));
export const actorsPanelPart = withMotion(() => import('./islands/ActorsIsland').then((m) => m.ActorsIsland));
export const unknownsPart = withMotion(() => import('../features/story/Unknowns').then((m) => m.Unknowns));
export const sourcesListPart = withMotion(() => import('../features/sources/SourcesList').then((m) => m.SourcesList));

/** The embed view is a page of its own: loaded only in embed mode. */
export const embedViewPart = withMotion(() => import('./EmbedView').then((m) => m.EmbedView));
