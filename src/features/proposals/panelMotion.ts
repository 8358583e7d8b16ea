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

/** Where a panel is caught when it turns round mid-way. */
export interface PanelFrom {
  readonly height: number;
  readonly opacity: number;
}

/**
 * Motion's target for a panel on its way: explicit pixel keyframes, so Motion
 * never measures `height: auto` itself (that measurement resets the window's
 * scroll position, cutting short any smooth scroll in progress). A panel
 * toggled again mid-way turns round from where it is (`from`).
 */
export const panelMotion = (
  phase: 'opening' | 'closing',
  contentHeight: number,
  from?: PanelFrom,
): TargetAndTransition => {
  const height = Math.max(0, Math.round(contentHeight));
  const transition = { duration: PANEL_SECONDS, ease: EASE_OUT };
  const start = from === undefined ? undefined : { height: Math.round(from.height), opacity: from.opacity };
  return phase === 'opening'
    ? { height: [start?.height ?? 0, height], opacity: [start?.opacity ?? 0, 1], transition }
    : { height: [start?.height ?? height, 0], opacity: [start?.opacity ?? 1, 0], transition };
};
