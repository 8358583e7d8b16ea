import { useEffect } from 'react';
import { keepPlace } from '../lib/keepPlace';
import { useStore } from '../lib/store';
import { hindsightFlagStore } from './hindsightFlag';
import { parseHindsightParam } from './hindsightParam';

// Loaded only when the layer is asked for (in the address, or by a press): off the first visit's path.
const loadPageState = () => import('./pageState');

/** The header switch's state: off as prerendered, then the address's; a press loads the page state and acts through it. */
export const useHeaderHindsight = (): { readonly isOn: boolean; readonly toggle: (isOn: boolean, button: HTMLButtonElement) => void } => {
  const isOn = useStore(hindsightFlagStore);
  useEffect(() => {
    if (parseHindsightParam(window.location.search)) void loadPageState().then(({ followAddress }) => followAddress());
  }, []);
  const toggle = (next: boolean, button: HTMLButtonElement) => {
    keepPlace(button);
    hindsightFlagStore.set(next);
    void loadPageState().then(({ followAddress, setHindsight }) => {
      followAddress();
      setHindsight(next);
    });
  };
  return { isOn, toggle };
};
