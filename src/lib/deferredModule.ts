import { createContext, createElement, type ComponentType } from 'react';

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
  /** The part: renders at once when its code is here, otherwise suspends until `load` brings it. */
  readonly Component: ComponentType<P>;
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
  let loaded: ComponentType<P> | undefined;
  // Created once, so the code is imported at most once however often `load` is called.
  const arrival = gate.then(importer).then((component) => {
    loaded = component;
  });
  // Not React.lazy: a lazy component that React has not tried yet still suspends once after its code
  // has arrived, and a part told to hydrate at that moment would lose its server HTML.
  const Component = (props: P) => {
    if (loaded === undefined) throw arrival;
    return createElement(loaded, props);
  };
  const module: DeferredModule<P> = {
    Component,
    load: () => {
      release();
      return arrival;
    },
  };
  registry.push(module as DeferredModule<never>);
  return module;
};
