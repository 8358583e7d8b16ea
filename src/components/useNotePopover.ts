import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { watchHashTargets } from './revealTarget';
import { useKeepInViewport } from './useKeepInViewport';

/**
 * A marker that shows a note on hover, on focus or on a tap, the way the
 * citation markers and glossary terms do: Escape hides it (WCAG 1.4.13), a
 * second tap closes it, moving focus into the note keeps it open. The marker
 * is a link for pages without scripts; with them it acts as a button.
 * `content` is whatever arrives after opening and changes the note's size.
 */
export const useNotePopover = (content?: unknown) => {
  const id = useId();
  const hostRef = useRef<HTMLSpanElement>(null);
  const markerRef = useRef<HTMLAnchorElement>(null);
  const [isHovered, setIsHovered] = useState(false);
  const [isFocused, setIsFocused] = useState(false);
  const [isPinned, setIsPinned] = useState(false);
  const isOpen = isHovered || isFocused || isPinned;
  const popoverRef = useKeepInViewport(isOpen, content);
  useEffect(watchHashTargets, []);

  const close = () => {
    setIsHovered(false);
    setIsFocused(false);
    setIsPinned(false);
  };
  // A second tap closes it: the tap that opened it also focused it, which alone would keep it open.
  const toggle = () => (isPinned ? close() : setIsPinned(true));

  const hostProps = {
    ref: hostRef,
    onMouseEnter: () => setIsHovered(true),
    onMouseLeave: () => setIsHovered(false),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !isOpen) return;
      event.stopPropagation();
      // Focus on a link inside the note would vanish with it: hand it back to the marker.
      if (event.target !== markerRef.current) markerRef.current?.focus();
      close();
    },
    onBlur: (event: FocusEvent) => {
      // Moving into the note's own links keeps it open.
      if (event.relatedTarget instanceof Node && hostRef.current?.contains(event.relatedTarget)) return;
      setIsFocused(false);
      setIsPinned(false);
    },
  };
  const markerProps = {
    ref: markerRef,
    role: 'button',
    'aria-describedby': isOpen ? id : undefined,
    'data-open': isOpen ? 'true' : undefined,
    onFocus: () => setIsFocused(true),
    onClick: (event: MouseEvent) => {
      // Scripts run, so the note opens in place; the href is for pages without them.
      event.preventDefault();
      toggle();
    },
    onKeyDown: (event: KeyboardEvent) => {
      // A link takes Enter only; as role="button" it takes Space too, without scrolling the page.
      if (event.key !== ' ') return;
      event.preventDefault();
      if (!event.repeat) toggle();
    },
  };
  return { id, isOpen, isPinned, popoverRef, hostProps, markerProps };
};
