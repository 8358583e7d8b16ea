import { useEffect } from 'react';
import type { HindsightLayer } from '../content/hindsightLayer';
import { createStore, useStore } from '../lib/store';
import { keepPlace } from '../lib/keepPlace';
import { setHindsight } from './pageState';
import { useAddress } from './useAddress';

/** The layer once loaded; it is loaded once, the first time any island needs it. */
const layerStore = createStore<HindsightLayer | null>(null);
let loading: Promise<HindsightLayer> | null = null;

/** Its own chunk: the story as of March 2021 never loads later reporting. */
const loadHindsightLayer = (): Promise<HindsightLayer> => {
  loading ??= import('../content/hindsightLayer').then(({ hindsightLayer }) => {
    layerStore.set(hindsightLayer);
    return hindsightLayer;
  });
  return loading;
};

/**
 * The hindsight layer for an island: null while the switch is off (and while
 * hydrating, as the server rendered it off) or while it loads.
 */
export const useHindsightLayer = (): HindsightLayer | null => {
  const isOn = useAddress().location.hindsight;
  const layer = useStore(layerStore);
  useEffect(() => {
    // A failed load leaves the page as of March 2021; the next switch tries again.
    if (isOn) loadHindsightLayer().catch(() => (loading = null));
  }, [isOn]);
  return isOn ? layer : null;
};

/** The switch's action: the page changes around the pressed button, which stays where the reader saw it. */
export const toggleHindsight = (isOn: boolean, button: HTMLButtonElement): void => {
  keepPlace(button);
  setHindsight(isOn);
};
