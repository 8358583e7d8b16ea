import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * While `isAway` is true focus belongs to a panel; when it turns false, focus
 * goes back to what had it before (the button that opened the panel), or to
 * `fallback` if that is gone. Never to <body>.
 */
export const useFocusReturn = (isAway: boolean, fallback: RefObject<HTMLElement | null>) => {
  const opener = useRef<HTMLElement | null>(null);
  const wasAway = useRef(isAway);
  // A layout effect runs before the panel's own focus moves and before inert takes focus away.
  useLayoutEffect(() => {
    if (isAway && !wasAway.current) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    }
    if (!isAway && wasAway.current) {
      const target = opener.current;
      opener.current = null;
      const canTakeFocus = target !== null && target.isConnected && target.closest('[inert]') === null;
      (canTakeFocus ? target : fallback.current)?.focus({ preventScroll: true });
    }
    wasAway.current = isAway;
  }, [isAway, fallback]);
};
