import { memo, Suspense, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { holdClicks, type ClickHold } from './clickHold';
import { DeferralContext, type DeferredModule } from './deferredModule';
import { useLoadTrigger } from './useLoadTrigger';

/** By default a part starts loading a viewport before it scrolls into view. */
const LOOKAHEAD = '100% 0px 100% 0px';

interface DeferredPartProps<P> {
  readonly module: DeferredModule<P>;
  /** Must keep its identity across renders: a changed prop would force React to drop the server HTML. */
  readonly props: P;
  readonly name: string;
  /** IntersectionObserver rootMargin that starts the load. */
  readonly rootMargin?: string;
}

const DeferredPartInner = <P extends object>({ module, props, name, rootMargin = LOOKAHEAD }: DeferredPartProps<P>) => {
  const isEager = useContext(DeferralContext) === 'eager';
  const ref = useRef<HTMLDivElement>(null);
  const clicks = useRef<ClickHold | null>(null);
  useEffect(() => {
    if (ref.current === null || isEager) return;
    clicks.current = holdClicks(ref.current);
    return () => clicks.current?.stop();
  }, [isEager]);
  // Re-rendering the boundary once its code is here makes React hydrate it now; left alone, React may
  // wait for an idle moment that never comes when several parts share one module. PartCode is memoised,
  // so a part that is already live does not re-render.
  const [, setIsCodeReady] = useState(false);
  const load = useCallback(() => void module.load().then(() => setIsCodeReady(true)), [module]);
  useLoadTrigger(ref, load, { isEager, rootMargin });
  const handleHydrated = useCallback(() => {
    ref.current?.setAttribute('data-hydrated', '');
    clicks.current?.release();
  }, []);
  return (
    <div ref={ref} className="deferred-part" data-part={name}>
      <Suspense fallback={null}>
        <PartCode module={module} props={props} />
        <WhenMounted onMount={handleHydrated} />
      </Suspense>
    </div>
  );
};

/**
 * A part of a prerendered page whose code loads, and which hydrates, only when
 * the reader nears it. Memoised: when the page around it re-renders (a
 * selection, say), a part still waiting for its code must not re-render, or
 * React would throw its server HTML away.
 */
export const DeferredPart = memo(DeferredPartInner) as typeof DeferredPartInner;

/** The part itself: suspends (keeping the server HTML) until its code is here. */
const PartCodeInner = <P extends object>({ module, props }: Pick<DeferredPartProps<P>, 'module' | 'props'>) => (
  <module.Component {...props} />
);
const PartCode = memo(PartCodeInner) as typeof PartCodeInner;

/**
 * Mounts together with the part (same Suspense boundary): its effect runs once
 * the part is live, which marks the wrapper `data-hydrated` (tests wait for it)
 * and replays a click that arrived too early.
 */
const WhenMounted = ({ onMount }: { readonly onMount: () => void }) => {
  useEffect(onMount, [onMount]);
  return null;
};
