import { m, useReducedMotionConfig, type TargetAndTransition } from 'framer-motion';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useHydrated } from '../../lib/useHydrated';
import { nextPanelPhase, panelMotion, PANEL_SECONDS, settledPhase, type PanelPhase } from './panelMotion';

interface ProposalPanelProps {
  readonly id: string;
  /** The toggle button that names this region. */
  readonly labelledBy: string;
  readonly isExpanded: boolean;
  readonly children: ReactNode;
}

// If Motion has not loaded yet (its features arrive lazily) no animation runs; settle anyway.
const SETTLE_FALLBACK_MS = PANEL_SECONDS * 1000 + 150;

// Always some target, so Motion's first pass happens at mount: with `initial={false}` that first pass
// snaps instead of animating, and it must not be the reader's first click.
const AT_REST: TargetAndTransition = {};

/**
 * The part of a card that opens and closes. It stays in the DOM when closed
 * (`hidden`), so the prerendered page holds every panel's text for readers
 * without JavaScript and for print. Height and opacity unfold with Motion
 * between measured pixel heights: Motion never has to measure `auto` itself,
 * which would reset the page's scroll position mid-scroll.
 */
export const ProposalPanel = ({ id, labelledBy, isExpanded, children }: ProposalPanelProps) => {
  const isHydrated = useHydrated();
  const shouldReduceMotion = useReducedMotionConfig() === true;
  const panelRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const previousPhase = useRef<PanelPhase>(isExpanded ? 'open' : 'closed');
  const [phase, setPhase] = useState<PanelPhase>(isExpanded ? 'open' : 'closed');
  const [shownExpanded, setShownExpanded] = useState(isExpanded);
  const [target, setTarget] = useState<TargetAndTransition | undefined>(undefined);

  if (shownExpanded !== isExpanded) {
    setShownExpanded(isExpanded);
    setPhase(nextPanelPhase(isExpanded, isHydrated && !shouldReduceMotion));
  }

  useLayoutEffect(() => {
    const wasMoving = previousPhase.current === 'opening' || previousPhase.current === 'closing';
    previousPhase.current = phase;
    const panel = panelRef.current;
    if ((phase !== 'opening' && phase !== 'closing') || panel === null) return;
    const from = wasMoving
      ? { height: panel.getBoundingClientRect().height, opacity: Number(getComputedStyle(panel).opacity) }
      : undefined;
    setTarget(panelMotion(phase, bodyRef.current?.offsetHeight ?? 0, from));
    const timer = window.setTimeout(() => setPhase(settledPhase), SETTLE_FALLBACK_MS);
    return () => window.clearTimeout(timer);
  }, [phase]);

  return (
    <m.div
      ref={panelRef}
      id={id}
      role="region"
      aria-labelledby={labelledBy}
      className="proposal__panel"
      hidden={phase === 'closed'}
      data-phase={phase}
      initial={false}
      animate={target ?? AT_REST}
      onAnimationComplete={() => setPhase(settledPhase)}
    >
      <div className="proposal__panel-body" ref={bodyRef}>
        {children}
      </div>
    </m.div>
  );
};
