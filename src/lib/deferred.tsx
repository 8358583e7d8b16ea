import { createContext, lazy, Suspense, useContext, useEffect, useRef, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * Islands for a prerendered page. A deferred part is rendered in full at build
 * time; in the browser its code loads only when the part nears the viewport,
 * and React hydrates it then (selective hydration keeps the server HTML in
 * place meanwhile). Pages rendered fresh on the client load every part at once.
 */
export type DeferralPolicy = 'when-visible' | 'eager';

const DeferralContext = createContext<DeferralPolicy>('eager');
export const DeferralProvider = DeferralContext.Provider;

export interface DeferredModule<P> {
  readonly Component: LazyExoticComponent<ComponentType<P>>;
  /** Starts loading the code (idempotent); resolves once it has arrived. */
  readonly load: () => Promise<void>;
}

const isServer = typeof window === 'undefined';

export const deferredModule = <P extends object>(importer: () => Promise<ComponentType<P>>): DeferredModule<P> => {
  let release = () => {};
  const gate = isServer ? Promise.resolve() : new Promise<void>((resolve) => (release = resolve));
  let loading: Promise<ComponentType<P>> | undefined;
  const importOnce = () => (loading ??= importer());
  return {
    Component: lazy(async () => {
      await gate;
      return { default: await importOnce() };
    }),
    load: () => {
      release();
      return importOnce().then(() => undefined);
    },
  };
};

/** By default a part starts loading a viewport before it scrolls into view. */
const LOOKAHEAD = '100% 0px 100% 0px';

/**
 * Native listeners: React does not dispatch events from HTML it has not
 * hydrated, and the reader should not wait for the part to scroll further.
 */
const INTERACTIONS = ['pointerover', 'focusin', 'touchstart'] as const;

interface DeferredPartProps<P> {
  readonly module: DeferredModule<P>;
  /** Must keep its identity across renders: a changed prop would force React to drop the server HTML. */
  readonly props: P;
  readonly name: string;
  /** IntersectionObserver rootMargin that starts the load. */
  readonly rootMargin?: string;
}

export const DeferredPart = <P extends object>({ module, props, name, rootMargin = LOOKAHEAD }: DeferredPartProps<P>) => {
  const policy = useContext(DeferralContext);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (policy === 'eager' || element === null || typeof IntersectionObserver === 'undefined') {
      void module.load();
      return;
    }
    const start = () => {
      stop();
      void module.load();
    };
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) start();
    }, { rootMargin });
    const stop = () => {
      observer.disconnect();
      INTERACTIONS.forEach((type) => element.removeEventListener(type, start));
    };
    observer.observe(element);
    INTERACTIONS.forEach((type) => element.addEventListener(type, start, { passive: true }));
    return stop;
  }, [module, policy, rootMargin]);
  return (
    <div ref={ref} className="deferred-part" data-part={name}>
      <Suspense fallback={null}>
        <module.Component {...props} />
      </Suspense>
    </div>
  );
};
