import { useEffect, useEffectEvent, useRef, type RefObject } from 'react';
import { swipeCommand, type PointerSample } from './swipe';

/**
 * Touch and pen swipes on the element call `onSwipe`. Mouse drags do not (they
 * select text); the on-screen buttons are the non-drag alternative (WCAG 2.5.7).
 */
export const useSwipe = (ref: RefObject<HTMLElement | null>, onSwipe: (command: 'next' | 'prev') => void) => {
  const start = useRef<PointerSample | null>(null);
  const handleSwipe = useEffectEvent((command: 'next' | 'prev') => onSwipe(command));
  useEffect(() => {
    const element = ref.current;
    if (element === null) return undefined;
    const down = (event: PointerEvent) => {
      start.current = event.pointerType === 'mouse' || !event.isPrimary ? null : { x: event.clientX, y: event.clientY };
    };
    const up = (event: PointerEvent) => {
      const from = start.current;
      start.current = null;
      if (from === null) return;
      const command = swipeCommand(from, { x: event.clientX, y: event.clientY });
      if (command !== null) handleSwipe(command);
    };
    const cancel = () => {
      start.current = null;
    };
    element.addEventListener('pointerdown', down);
    element.addEventListener('pointerup', up);
    element.addEventListener('pointercancel', cancel);
    return () => {
      element.removeEventListener('pointerdown', down);
      element.removeEventListener('pointerup', up);
      element.removeEventListener('pointercancel', cancel);
    };
  }, [ref]);
};
