import type { ComponentType } from 'react';
import { ActorsIsland } from './ActorsIsland.importable';
import { EmbedCreditIsland } from './EmbedCreditIsland.importable';
import { HeaderIsland } from './HeaderIsland.importable';
import { ContentsIsland } from './ContentsIsland.importable';
import { HindsightIsland } from './HindsightIsland.importable';
import { KeyPointsIsland } from './KeyPointsIsland.importable';
import { MapIsland } from './MapIsland.importable';
import { ProposalsIsland } from './ProposalsIsland.importable';
import { SectionIsland } from './SectionIsland.importable';
import { SourcesIsland } from './SourcesIsland.importable';
import { TimelineIsland } from './TimelineIsland.importable';
import { TroopsIsland } from './TroopsIsland.importable';
import { UnknownsIsland } from './UnknownsIsland.importable';
import type { IslandName, IslandProps } from './types';

/** Every island's component, for rendering whole pages (the build's prerender, and client-rendered fallbacks). */
export const islandComponents: { readonly [N in IslandName]: ComponentType<IslandProps[N]> } = {
  header: HeaderIsland,
  section: SectionIsland,
  timeline: TimelineIsland,
  troops: TroopsIsland,
  proposals: ProposalsIsland,
  actors: ActorsIsland,
  unknowns: UnknownsIsland,
  hindsight: HindsightIsland,
  sources: SourcesIsland,
  keyPoints: KeyPointsIsland,
  map: MapIsland,
  contents: ContentsIsland,
  embedCredit: EmbedCreditIsland,
};
