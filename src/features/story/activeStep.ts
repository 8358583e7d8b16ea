/** The line across the viewport's middle: a step is active while it crosses it. */
const MIDDLE_LINE = '-50% 0px -50% 0px';

/**
 * Watches every `[data-step-id]` under `root` with IntersectionObserver (no
 * scroll listener, no layout reads) and reports the first one crossing the
 * middle line. Between steps nothing is reported, so the last one stays
 * active; back above the first step, null. Works on prerendered HTML before
 * React hydrates the steps.
 */
export const observeSteps = (root: Element, onActive: (stepId: string | null) => void): (() => void) => {
  if (typeof IntersectionObserver === 'undefined') return () => {};
  const steps = Array.from(root.querySelectorAll<HTMLElement>('[data-step-id]'));
  const crossing = new Set<Element>();
  const observer = new IntersectionObserver(
    (entries) => {
      let isAboveStory = false;
      for (const entry of entries) {
        const lineTop = entry.rootBounds?.top ?? Number.POSITIVE_INFINITY;
        // The story itself left the line downwards (even in one jump): the reader is back above it.
        if (entry.target === root) {
          isAboveStory = !entry.isIntersecting && entry.boundingClientRect.top > lineTop;
          continue;
        }
        if (entry.isIntersecting) crossing.add(entry.target);
        else crossing.delete(entry.target);
      }
      if (isAboveStory) {
        crossing.clear();
        onActive(null);
        return;
      }
      const current = steps.find((step) => crossing.has(step))?.dataset.stepId;
      if (current !== undefined) onActive(current);
    },
    { rootMargin: MIDDLE_LINE, threshold: 0 },
  );
  observer.observe(root);
  steps.forEach((step) => observer.observe(step));
  return () => observer.disconnect();
};
