import { observeSteps } from '../features/story/activeStep';
import { createStore, type Store } from '../lib/store';

/**
 * The story step crossing the middle of the viewport (null above the story).
 * Kept apart from the address state so the entry can track steps without
 * loading any content.
 */
export const activeStepStore: Store<string | null> = createStore<string | null>(null);

/** Watches the prerendered steps (no React needed) and keeps the store on the active one. */
export const trackActiveStep = (story: Element): (() => void) => observeSteps(story, activeStepStore.set);
