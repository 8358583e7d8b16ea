import { useEffect, type RefObject } from 'react';

/**
 * Native listeners: React does not dispatch events from HTML it has not
 * hydrated, and the reader should not have to wait for the part to scroll in.
 */
const INTERACTIONS = ['pointerover', 'focusin', 'touchstart'] as const;

/** Calls `load` once, when the element comes within `rootMargin` of the viewport or the reader reaches for it. */
export const useLoadTrigger = (
  ref: RefObject<HTMLElement | null>,
  load: () => void,
  { isEager, rootMargin }: { readonly isEager: boolean; readonly rootMargin: string },
): void => {
  useEffect(() => {
    const element = ref.current;
    if (isEager || element === null || typeof IntersectionObserver === 'undefined') {
      load();
      return;
    }
    const stop = () => {
      observer.disconnect();
      INTERACTIONS.forEach((type) => element.removeEventListener(type, start));
    };
    const start = () => {
      stop();
      load();
    };
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) start();
    }, { rootMargin });
    observer.observe(element);
    INTERACTIONS.forEach((type) => element.addEventListener(type, start, { passive: true }));
    return stop;
  }, [ref, load, isEager, rootMargin]);
};
