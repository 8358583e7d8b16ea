import { createContext, lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * Islands for a prerendered page. A deferred part is rendered in full at build
 * time; in the browser its code loads only when the part nears the viewport
 * (or the reader touches it), and React hydrates it then: selective hydration
 * keeps the server HTML in place meanwhile. Pages rendered fresh on the client
 * load every part at once.
 */
export type DeferralPolicy = 'when-visible' | 'eager';

export const DeferralContext = createContext<DeferralPolicy>('eager');
export const DeferralProvider = DeferralContext.Provider;

export interface DeferredModule<P> {
  readonly Component: LazyExoticComponent<ComponentType<P>>;
  /** Starts loading the code (idempotent); resolves once it has arrived. */
  readonly load: () => Promise<void>;
}

const isServer = typeof window === 'undefined';
const registry: DeferredModule<never>[] = [];

/** Loads every deferred part: the prerender needs them all, whatever environment it runs in. */
export const loadAllDeferred = (): Promise<void> => Promise.all(registry.map((module) => module.load())).then(() => undefined);

export const deferredModule = <P extends object>(importer: () => Promise<ComponentType<P>>): DeferredModule<P> => {
  let release = () => {};
  const gate = isServer ? Promise.resolve() : new Promise<void>((resolve) => (release = resolve));
  let loading: Promise<ComponentType<P>> | undefined;
  const importOnce = () => (loading ??= importer());
  const module: DeferredModule<P> = {
    Component: lazy(async () => {
      await gate;
      return { default: await importOnce() };
    }),
    load: () => {
      release();
      return importOnce().then(() => undefined);
    },
  };
  registry.push(module as DeferredModule<never>);
  return module;
};
