/**
 * Where a component reads the URL fragment from, injected rather than read
 * from `window.location` deep in the tree, so embeds, slides and tests can
 * pass their own (or none).
 */
export interface HashSource {
  readonly read: () => string;
  /** Calls `onChange` whenever the fragment changes; returns the unsubscribe function. */
  readonly subscribe: (onChange: () => void) => () => void;
}

/** The page's own fragment. Never throws: an opaque-origin sandbox reads as no fragment. */
export const windowHashSource: HashSource = {
  read: () => {
    try {
      return window.location.hash;
    } catch {
      return '';
    }
  },
  subscribe: (onChange) => {
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  },
};
