import type { HindsightLayer } from '../content/hindsightLayer';
import type { GraphicState } from '../content/types';
import { LocatorMap } from '../features/map/LocatorMap';
import { ProposalsScene } from '../features/proposals/ProposalsScene';
import { mapLaterMarks } from './mapLater';
import { CountdownScene } from '../features/story/scenes/CountdownScene';
import { LetterScene } from '../features/story/scenes/LetterScene';
import { StakesScene } from '../features/story/scenes/StakesScene';
import { TimelineScene } from '../features/timeline/TimelineScene';
import { TroopsScene } from '../features/timeline/TroopsScene';

/** Picks the feature that draws each scene of the story's sticky graphic. */
interface StoryGraphicProps {
  readonly state: GraphicState;
  readonly hindsight: HindsightLayer | null;
}

const StoryGraphic = ({ state, hindsight }: StoryGraphicProps) => {
  switch (state.scene) {
    case 'letter':
      return <LetterScene focus={state.focus} />;
    case 'timeline':
      return <TimelineScene focusEvents={state.events} />;
    case 'troops':
      return <TroopsScene focusDate={state.focusDate} hindsight={hindsight} />;
    case 'countdown':
      return <CountdownScene focus={state.focus} hindsight={hindsight} />;
    case 'proposals':
      return <ProposalsScene focus={state.focus} />;
    case 'map':
      return <LocatorMap focus={state.focus} laterMarks={mapLaterMarks(hindsight)} />;
    case 'stakes':
      return <StakesScene focus={state.focus} />;
    default: {
      const unreachable: never = state;
      return unreachable;
    }
  }
};

/** The graphic for a step; with the hindsight layer, the troop and countdown scenes add what happened next. */
export const renderStoryGraphic = (state: GraphicState, hindsight: HindsightLayer | null = null) => <StoryGraphic state={state} hindsight={hindsight} />;
