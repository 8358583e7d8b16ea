import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The factor that fits a fixed-size canvas (`width` CSS px wide) into the
 * element's current width. The element keeps the 16:9 shape in CSS; this only
 * turns its width into a transform, measured before paint so nothing jumps.
 */
export const useFitScale = (ref: RefObject<HTMLElement | null>, width: number): number => {
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return undefined;
    const measure = () => {
      const available = element.clientWidth;
      if (available > 0) setScale(available / width);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') {
      window.addEventListener('resize', measure);
      return () => window.removeEventListener('resize', measure);
    }
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, width]);
  return scale;
};
