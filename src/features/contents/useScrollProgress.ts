import { useEffect, type RefObject } from 'react';

/**
 * Draws how far down the page the reader is on `bar` (a scaleX transform, so
 * only compositing, never layout), once per frame at most while scrolling.
 */
export const useScrollProgress = (bar: RefObject<HTMLElement | null>): void => {
  useEffect(() => {
    let frame = 0;
    let scrollable = 1;
    const measure = () => {
      scrollable = Math.max(1, document.documentElement.scrollHeight - window.innerHeight);
    };
    const draw = () => {
      frame = 0;
      const progress = Math.min(1, Math.max(0, window.scrollY / scrollable));
      if (bar.current !== null) bar.current.style.transform = `scaleX(${progress})`;
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(draw);
    };
    // The page grows as parts open: measure again then (not on every scroll).
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => {
      measure();
      schedule();
    });
    resize?.observe(document.body);
    measure();
    draw();
    window.addEventListener('scroll', schedule, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      resize?.disconnect();
      window.removeEventListener('scroll', schedule);
    };
  }, [bar]);
};
