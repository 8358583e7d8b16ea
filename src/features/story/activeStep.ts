import { createStore } from '../../lib/store';

/** The step crossing the middle of the viewport; one story per page, so one store. */
export const activeStepStore = createStore<string | null>(null);

/** The line across the viewport's middle: a step is active while it crosses it. */
export const MIDDLE_LINE = '-50% 0px -50% 0px';

/**
 * Watches every `[data-step-id]` under `root` with IntersectionObserver (no
 * scroll listener, no layout reads) and reports the first one crossing the
 * middle line. Between steps nothing is reported, so the last one stays active.
 * Works on prerendered HTML before React hydrates the steps.
 */
export const observeSteps = (root: ParentNode, onActive: (stepId: string) => void): (() => void) => {
  if (typeof IntersectionObserver === 'undefined') return () => {};
  const steps = Array.from(root.querySelectorAll<HTMLElement>('[data-step-id]'));
  const crossing = new Set<Element>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) crossing.add(entry.target);
        else crossing.delete(entry.target);
      }
      const current = steps.find((step) => crossing.has(step))?.dataset.stepId;
      if (current !== undefined) onActive(current);
    },
    { rootMargin: MIDDLE_LINE, threshold: 0 },
  );
  steps.forEach((step) => observer.observe(step));
  return () => observer.disconnect();
};
