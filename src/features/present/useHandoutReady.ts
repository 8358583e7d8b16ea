import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * The printable handout is drawn shortly after the deck appears (so the
 * first slide is not kept waiting), or at once when printing starts: the
 * browser fires beforeprint and lays out the print right after it.
 */
export const useHandoutReady = (delayMs = 400): boolean => {
  const [isReady, setIsReady] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setIsReady(true), delayMs);
    const beforePrint = () => flushSync(() => setIsReady(true));
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [delayMs]);
  return isReady;
};
