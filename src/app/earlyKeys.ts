/**
 * Keys pressed in present mode before the deck can hear them. public/boot.js
 * (render-blocking, so it runs before anything paints) queues them in
 * `window.__deckKeys`; the deck takes them once its own listeners are set.
 */
declare global {
  interface Window {
    __deckKeys?: KeyboardEventInit[] | null;
  }
}

/** Ends the queue (boot.js then lets keys through) and returns what it held. */
export const takeEarlyKeys = (): readonly KeyboardEventInit[] => {
  const keys = window.__deckKeys ?? [];
  window.__deckKeys = null;
  return keys;
};

/** Replays keys on the window, where the deck listens. */
export const replayKeys = (keys: readonly KeyboardEventInit[]): void => {
  for (const init of keys) window.dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true }));
};
