import { useEffect } from 'react';
import { connectEmbedBridge } from './embedBridge';

/** Reports the embed's height to the host page while mounted; does nothing outside a frame. */
export const useEmbedBridge = (): void => {
  useEffect(() => {
    if (window.parent === window) return undefined;
    return connectEmbedBridge({ self: window, host: window.parent });
  }, []);
};
