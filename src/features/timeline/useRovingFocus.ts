import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { nextRovingIndex, type AxisOrientation } from './rovingIndex';

/** The stylesheet says which way the group runs (a custom property), so JS never measures layout. */
const orientationOf = (element: Element): AxisOrientation =>
  getComputedStyle(element).getPropertyValue('--axis-orientation').trim() === 'vertical' ? 'vertical' : 'horizontal';

const itemIdOf = (target: EventTarget): string | undefined =>
  target instanceof HTMLElement ? target.dataset.rovingId : undefined;

/**
 * Roving tabindex over items marked `data-roving-id`: one tab stop for the
 * group, arrow keys along its axis, Home/End to the ends. `activeId` is null
 * until the reader picks an item; the first item is the tab stop until then.
 */
export const useRovingFocus = <T extends HTMLElement>(ids: readonly string[]) => {
  const containerRef = useRef<T>(null);
  const [activeId, setActiveId] = useState<string | null>(null);

  const focusItem = useCallback((id: string) => {
    containerRef.current?.querySelector<HTMLElement>(`[data-roving-id="${id}"]`)?.focus();
  }, []);

  const handleKeyDown = useCallback(
    (event: KeyboardEvent<T>) => {
      const currentId = itemIdOf(event.target);
      if (currentId === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
      const next = nextRovingIndex(event.key, ids.indexOf(currentId), ids.length, orientationOf(event.currentTarget));
      const nextId = next === null ? undefined : ids[next];
      if (nextId === undefined) return;
      event.preventDefault();
      setActiveId(nextId);
      focusItem(nextId);
    },
    [ids, focusItem],
  );

  return { containerRef, activeId, tabStopId: activeId ?? ids[0] ?? null, setActiveId, focusItem, handleKeyDown };
};
