import { useLayoutEffect, useRef } from 'react';

/** Space kept between an open note and the viewport's edges, in px. */
const EDGE = 8;

/**
 * The viewport's bottom less what a bar fixed at the foot covers: such a bar
 * declares itself as the page's scroll-padding-bottom (so the browser keeps
 * focused elements clear of it too).
 */
const visibleBottom = (): number => {
  const covered = Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom);
  return window.innerHeight - (Number.isFinite(covered) ? covered : 0);
};

/**
 * Keeps an open note inside the viewport: it starts under its marker and
 * shifts left when it would overflow the right edge (a marker at the end of a
 * line on a 320 px screen), and sits above the marker when there is no room
 * below. Measured before paint, so it never shows out of place; again when
 * its content arrives later (`content` changes), since that changes its size.
 */
export const useKeepInViewport = (isOpen: boolean, content?: unknown) => {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const note = ref.current;
    if (!isOpen || note === null) return;
    const place = () => {
      note.style.left = '0px';
      delete note.dataset.above;
      const rect = note.getBoundingClientRect();
      const width = document.documentElement.clientWidth;
      const overflow = Math.max(0, rect.right - (width - EDGE));
      const shift = Math.min(overflow, rect.left - EDGE);
      note.style.left = `${-Math.max(0, shift)}px`;
      const marker = note.parentElement?.getBoundingClientRect();
      if (marker !== undefined && rect.bottom > visibleBottom() && marker.top > rect.height + EDGE) note.dataset.above = 'true';
    };
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [isOpen, content]);
  return ref;
};
