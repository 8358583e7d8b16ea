import { createContext, useContext, type ComponentType, type ReactNode } from 'react';
import { IslandFrame } from './islands/IslandFrame';
import { islandComponents } from './islands/components';
import type { IslandName, IslandProps } from './islands/types';

/** Registers an island while the build renders a page; returns its key. */
export type IslandCollector = <N extends IslandName>(name: N, props: IslandProps[N]) => number;

const CollectorContext = createContext<IslandCollector | null>(null);
export const IslandCollectorProvider = CollectorContext.Provider;

/** Stands in for an island's HTML in the page's markup until the build splices it in. */
export const islandMark = (key: number): string => `@@island-${key}@@`;

/** The root element an island's content renders into: the same on the server and in the browser. */
export const islandElement = <N extends IslandName>(name: N, props: IslandProps[N]): ReactNode => {
  // TypeScript cannot pair a generic name with its props through the map; the map's type pairs them.
  const Component = islandComponents[name] as ComponentType<IslandProps[N]>;
  return (
    <IslandFrame name={name}>
      <Component {...props} />
    </IslandFrame>
  );
};

interface IslandElementProps<N extends IslandName> {
  readonly name: N;
  readonly props: IslandProps[N];
}

/**
 * An interactive part of a prerendered page: its own React root in the
 * browser, hydrated when the reader nears or touches it (src/app/hydrateIslands.tsx).
 * At build time its content is rendered on its own (its useId values then
 * match its root's) and spliced in; rendered on the client as part of a whole
 * page, it is simply its content.
 */
export const Island = <N extends IslandName>({ name, props }: IslandElementProps<N>) => {
  const collect = useContext(CollectorContext);
  const key = collect?.(name, props);
  return (
    // Rendered in one tree with the page (no collector), the island is live as soon as the page is.
    <div className="island" data-island={name} data-props={JSON.stringify(props)} data-key={key} data-live={key === undefined ? '' : undefined}>
      {key === undefined ? islandElement(name, props) : islandMark(key)}
    </div>
  );
};
