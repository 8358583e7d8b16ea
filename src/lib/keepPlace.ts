/** How long the page keeps an element in place after a change: long enough for a lazily loaded layer to arrive and render. */
const HOLD_MS = 4000;
const READER_MOVES = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Keeps `anchor` at the height on screen where the reader saw it while the
 * page above it grows or shrinks (content added by a switch, in islands that
 * render on their own schedule). Stops at once when the reader scrolls or
 * presses anything, so it never fights them. Returns a stop function.
 */
export const keepPlace = (anchor: Element, holdMs = HOLD_MS): (() => void) => {
  const top = anchor.getBoundingClientRect().top;
  const started = performance.now();
  let frame = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    READER_MOVES.forEach((type) => window.removeEventListener(type, stop, true));
  };
  const tick = () => {
    if (!anchor.isConnected) return stop();
    const drift = anchor.getBoundingClientRect().top - top;
    if (Math.abs(drift) >= 1) window.scrollBy(0, drift);
    if (performance.now() - started < holdMs) frame = requestAnimationFrame(tick);
    else stop();
  };
  // Listeners added after the click that started this, so that click does not stop it.
  READER_MOVES.forEach((type) => window.addEventListener(type, stop, { capture: true, passive: true }));
  frame = requestAnimationFrame(tick);
  return stop;
};
