import { useEffect } from 'react';
import { activeStepStore, observeSteps } from './activeStep';

/** Renders nothing: keeps activeStepStore on the step at the middle of the viewport. */
export const StoryScrollTracker = () => {
  useEffect(() => {
    const stop = observeSteps(document, activeStepStore.set);
    return () => {
      stop();
      activeStepStore.set(null);
    };
  }, []);
  return null;
};
