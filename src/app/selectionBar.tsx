import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ActorSelectionBar } from '../features/actors/ActorSelectionBar';
import { IslandFrame } from './islands/IslandFrame';
import { useStore } from '../lib/store';
import { addressStore, selectActor } from './pageState';

const SelectionBar = () => {
  const { actor } = useStore(addressStore).location;
  return <ActorSelectionBar selectedActorId={actor} onClear={() => selectActor(null)} />;
};

let mounted: HTMLElement | null = null;

/**
 * The bar that explains and clears a page-wide actor selection. Client-only
 * (nothing is selected in the prerendered page), in a root of its own.
 */
export const mountSelectionBar = (): void => {
  if (mounted?.isConnected === true) return;
  const container = document.createElement('div');
  mounted = container;
  container.className = 'selection-bar-root';
  document.body.append(container);
  createRoot(container).render(
    <StrictMode>
      <IslandFrame name="selection-bar">
        <SelectionBar />
      </IslandFrame>
    </StrictMode>,
  );
};
