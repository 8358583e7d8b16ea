import { useEffect, useRef } from 'react';
import { activeStepStore, observeSteps } from './activeStep';

/** Renders only a hidden marker: keeps activeStepStore on the step at the middle of the viewport of the story it sits in. */
export const StoryScrollTracker = () => {
  const markerRef = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const story = markerRef.current?.parentElement;
    if (!story) return;
    const stop = observeSteps(story, activeStepStore.set);
    return () => {
      stop();
      activeStepStore.set(null);
    };
  }, []);
  return <span ref={markerRef} hidden />;
};
