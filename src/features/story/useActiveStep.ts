import { useEffect, useState, type RefObject } from 'react';

/** The line across the viewport's middle: a step is active while it crosses it. */
const MIDDLE_LINE = '-50% 0px -50% 0px';

/**
 * The id of the step crossing the middle of the viewport, from
 * IntersectionObserver (no scroll listener, no layout reads). Null until the
 * first step reaches the middle; after that the last step crossed stays active.
 */
export const useActiveStep = (rootRef: RefObject<HTMLElement | null>, isEnabled: boolean): string | null => {
  const [activeId, setActiveId] = useState<string | null>(null);

  useEffect(() => {
    const root = rootRef.current;
    if (!isEnabled || root === null || typeof IntersectionObserver === 'undefined') return;
    const steps = Array.from(root.querySelectorAll<HTMLElement>('[data-step-id]'));
    const crossing = new Set<Element>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) crossing.add(entry.target);
          else crossing.delete(entry.target);
        }
        const current = steps.find((step) => crossing.has(step));
        if (current?.dataset.stepId !== undefined) setActiveId(current.dataset.stepId);
      },
      { rootMargin: MIDDLE_LINE, threshold: 0 },
    );
    steps.forEach((step) => observer.observe(step));
    return () => observer.disconnect();
  }, [rootRef, isEnabled]);

  return activeId;
};
