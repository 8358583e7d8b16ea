import type { GraphicState } from '../content/types';
import { ProposalsScene } from '../features/proposals/ProposalsScene';
import { CountdownScene } from '../features/story/scenes/CountdownScene';
import { LetterScene } from '../features/story/scenes/LetterScene';
import { StakesScene } from '../features/story/scenes/StakesScene';
import { TimelineScene } from '../features/timeline/TimelineScene';
import { TroopsScene } from '../features/timeline/TroopsScene';

/** Picks the feature that draws each scene of the story's sticky graphic. */
const StoryGraphic = (state: GraphicState) => {
  switch (state.scene) {
    case 'letter':
      return <LetterScene focus={state.focus} />;
    case 'timeline':
      return <TimelineScene focusEvents={state.events} />;
    case 'troops':
      return <TroopsScene focusDate={state.focusDate} />;
    case 'countdown':
      return <CountdownScene focus={state.focus} />;
    case 'proposals':
      return <ProposalsScene focus={state.focus} />;
    case 'stakes':
      return <StakesScene focus={state.focus} />;
    default: {
      const unreachable: never = state;
      return unreachable;
    }
  }
};

export const renderStoryGraphic = (state: GraphicState) => <StoryGraphic {...state} />;
