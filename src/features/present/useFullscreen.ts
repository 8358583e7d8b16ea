import { useCallback, useEffect, useState } from 'react';

/**
 * Full screen for the whole page (so panels and notes prompts stay visible).
 * `isAvailable` is false where the browser or an iframe without
 * `allowfullscreen` forbids it; the deck then hides the control.
 */
export const useFullscreen = () => {
  const [isAvailable, setIsAvailable] = useState(false);
  const [isActive, setIsActive] = useState(false);
  useEffect(() => {
    setIsAvailable(document.fullscreenEnabled === true && typeof document.documentElement.requestFullscreen === 'function');
    const update = () => setIsActive(document.fullscreenElement !== null && document.fullscreenElement !== undefined);
    update();
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  const toggle = useCallback(() => {
    try {
      const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
      // Refusals (no user gesture, a frame without permission) leave the page as it was.
      request.catch(() => undefined);
    } catch {
      // Older engines throw instead of rejecting; same outcome.
    }
  }, []);
  return { isAvailable, isActive, toggle };
};
