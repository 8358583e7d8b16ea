/** Space left between a sticky graphic and a control scrolled out from under it, in px. */
const FOCUS_CLEARANCE = 24;

/** How far `box` reaches up under `graphic` (0 when they do not meet, as when the graphic sits beside the steps). */
const depthUnder = (graphic: DOMRect, box: DOMRect): number =>
  box.right > graphic.left && box.left < graphic.right && box.top < graphic.bottom && box.bottom > graphic.top ? graphic.bottom - box.top : 0;

/**
 * On phones steps slide under the sticky graphic. The browser scrolls focus
 * into view only when it is off screen, so a control reached by Shift+Tab
 * could sit hidden under the graphic (WCAG 2.4.11): bring it down below.
 */
export const clearFocusFromUnder = (graphic: Element | null, focused: Element): void => {
  const box = graphic?.getBoundingClientRect();
  const depth = box === undefined ? 0 : depthUnder(box, focused.getBoundingClientRect());
  if (depth > 0) window.scrollBy({ top: -(depth + FOCUS_CLEARANCE) });
};
