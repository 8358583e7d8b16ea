/** Where the line crosses the viewport without a `--step-line` from the story's CSS: its middle. */
const DEFAULT_LINE = 50;

/**
 * The line a step is active while crossing, as a percentage of the viewport
 * from its top. The story's CSS sets `--step-line` per layout (on phones the
 * middle of the part below the sticky graphic), so the line moves with the
 * breakpoint without repeating it here.
 */
const lineOf = (root: Element): number => {
  const line = Number.parseFloat(getComputedStyle(root).getPropertyValue('--step-line'));
  return line > 0 && line < 100 ? line : DEFAULT_LINE;
};

/**
 * Watches every `[data-step-id]` under `root` with IntersectionObserver (no
 * scroll listener, no layout reads) and reports the first one crossing the
 * line. Between steps nothing is reported, so the last one stays active; back
 * above the first step, null. Works on prerendered HTML before React hydrates
 * the steps. A resize that moves the line (e.g. across the phone breakpoint)
 * starts a new observer, since rootMargin is fixed at construction.
 */
export const observeSteps = (root: Element, onActive: (stepId: string | null) => void): (() => void) => {
  if (typeof IntersectionObserver === 'undefined') return () => {};
  const steps = Array.from(root.querySelectorAll<HTMLElement>('[data-step-id]'));
  const crossing = new Set<Element>();
  const observe = (line: number): IntersectionObserver => {
    crossing.clear();
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
      { rootMargin: `-${line}% 0px -${100 - line}% 0px`, threshold: 0 },
    );
    observer.observe(root);
    steps.forEach((step) => observer.observe(step));
    return observer;
  };
  let line = lineOf(root);
  let observer = observe(line);
  const handleResize = () => {
    const next = lineOf(root);
    if (next === line) return;
    observer.disconnect();
    line = next;
    observer = observe(line);
  };
  window.addEventListener('resize', handleResize);
  return () => {
    window.removeEventListener('resize', handleResize);
    observer.disconnect();
  };
};
