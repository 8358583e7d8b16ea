export interface PointerSample {
  readonly x: number;
  readonly y: number;
}

/** A swipe is mostly sideways and at least this long (CSS px), so taps and scrolls never turn slides. */
const SWIPE_MIN_DISTANCE = 50;

/** Left swipe (finger moves left) goes forward, as on a phone's photo viewer; null when it is no swipe. */
export const swipeCommand = (start: PointerSample, end: PointerSample): 'next' | 'prev' | null => {
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  if (!Number.isFinite(dx) || !Number.isFinite(dy)) return null;
  if (Math.abs(dx) < SWIPE_MIN_DISTANCE || Math.abs(dx) < Math.abs(dy) * 1.5) return null;
  return dx < 0 ? 'next' : 'prev';
};
