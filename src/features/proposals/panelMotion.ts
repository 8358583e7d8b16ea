import type { TargetAndTransition } from 'framer-motion';

/** Where a card's panel is: at rest open or closed, or on its way. */
export type PanelPhase = 'open' | 'closed' | 'opening' | 'closing';

export const PANEL_SECONDS = 0.28;
const EASE_OUT = [0.22, 1, 0.36, 1] as const;

/** The phase a panel enters when the card is toggled; without animation it lands at rest at once. */
export const nextPanelPhase = (isExpanded: boolean, shouldAnimate: boolean): PanelPhase => {
  if (isExpanded) return shouldAnimate ? 'opening' : 'open';
  return shouldAnimate ? 'closing' : 'closed';
};

/** The phase once the animation has run. */
export const settledPhase = (phase: PanelPhase): PanelPhase => {
  if (phase === 'opening') return 'open';
  if (phase === 'closing') return 'closed';
  return phase;
};

/**
 * Motion's target for a panel on its way: explicit pixel keyframes, so Motion
 * never measures `height: auto` itself (that measurement resets the window's
 * scroll position, cutting short any smooth scroll in progress).
 */
export const panelMotion = (phase: 'opening' | 'closing', contentHeight: number): TargetAndTransition => {
  const height = Math.max(0, Math.round(contentHeight));
  const transition = { duration: PANEL_SECONDS, ease: EASE_OUT };
  return phase === 'opening'
    ? { height: [0, height], opacity: [0, 1], transition }
    : { height: [height, 0], opacity: [1, 0], transition };
};
