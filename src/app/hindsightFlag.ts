import { createStore, type Store } from '../lib/store';

/**
 * Whether the hindsight layer is on, as a store with no dependencies: the
 * header's switch hydrates at once and reads this, so the page state (and the
 * address parser with the content it checks ids against) stays off the first
 * visit. The page state keeps it in step with the address.
 */
export const hindsightFlagStore: Store<boolean> = createStore(false);
