import { useEffect, type RefObject } from 'react';

/** Space kept between a focused control and the bar, in px. */
const CLEARANCE = 16;

/**
 * Browsers scroll a focused element into view only when it is off screen, so
 * one that lands under the fixed bar would stay hidden (WCAG 2.4.11): bring it
 * up above the bar.
 */
export const useFocusAboveBar = (bar: RefObject<HTMLElement | null>): void => {
  useEffect(() => {
    const handleFocus = (event: FocusEvent) => {
      const target = event.target;
      const element = bar.current;
      if (!(target instanceof Element) || element === null || element.contains(target) || target === document.body) return;
      // A click that focuses a large container (a section, the timeline) is not a reader tabbing: leave the page be.
      if (!target.matches(':focus-visible')) return;
      const box = target.getBoundingClientRect();
      const overlap = box.bottom - element.getBoundingClientRect().top;
      // Never push the element's own top off the screen.
      if (overlap > 0) window.scrollBy({ top: Math.min(overlap + CLEARANCE, box.top - CLEARANCE) });
    };
    document.addEventListener('focusin', handleFocus);
    return () => document.removeEventListener('focusin', handleFocus);
  }, [bar]);
};
