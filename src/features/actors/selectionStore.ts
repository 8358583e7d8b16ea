import type { ActorId } from '../../content/types';
import { createStore } from '../../lib/store';

/**
 * The page-wide actor selection. A store, not React state: the parts it lights
 * up hydrate at different times, and each subscribes when it is ready.
 * Deliberately free of content imports, so the page shell can read it cheaply.
 */
export const actorSelectionStore = createStore<ActorId | null>(null);
