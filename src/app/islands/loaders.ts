import type { ComponentType } from 'react';
import type { IslandName, IslandProps } from './types';

type Loaders = { readonly [N in IslandName]: () => Promise<ComponentType<IslandProps[N]>> };

/**
 * The browser's way to each island: its own chunk, imported when the island
 * is first needed. The one lazy-loading mechanism of the prerendered pages.
 */
export const islandLoaders: Loaders = {
  header: () => import('./HeaderIsland.importable').then((module) => module.HeaderIsland),
  section: () => import('./SectionIsland.importable').then((module) => module.SectionIsland),
  timeline: () => import('./TimelineIsland.importable').then((module) => module.TimelineIsland),
  troops: () => import('./TroopsIsland.importable').then((module) => module.TroopsIsland),
  proposals: () => import('./ProposalsIsland.importable').then((module) => module.ProposalsIsland),
  actors: () => import('./ActorsIsland.importable').then((module) => module.ActorsIsland),
  unknowns: () => import('./UnknownsIsland.importable').then((module) => module.UnknownsIsland),
  hindsight: () => import('./HindsightIsland.importable').then((module) => module.HindsightIsland),
  sources: () => import('./SourcesIsland.importable').then((module) => module.SourcesIsland),
  keyPoints: () => import('./KeyPointsIsland.importable').then((module) => module.KeyPointsIsland),
  map: () => import('./MapIsland.importable').then((module) => module.MapIsland),
  contents: () => import('./ContentsIsland.importable').then((module) => module.ContentsIsland),
  embedCredit: () => import('./EmbedCreditIsland.importable').then((module) => module.EmbedCreditIsland),
};

export const isIslandName = (name: string | undefined): name is IslandName =>
  name !== undefined && Object.prototype.hasOwnProperty.call(islandLoaders, name);
