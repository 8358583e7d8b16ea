import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { nextRovingIndex } from './rovingIndex';

const itemIdOf = (target: EventTarget): string | undefined =>
  target instanceof HTMLElement ? target.dataset.rovingId : undefined;

/**
 * Roving tabindex over items marked `data-roving-id`: one tab stop for the
 * group, the arrow keys along it, Home/End to the ends. `activeId` is null
 * until the reader picks an item; the first item is the tab stop until then
 * (and whenever the active one is not among `ids`).
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
      // The event rows run down the page at every width: Up/Down move along them, as Left/Right do.
      const next = nextRovingIndex(event.key, ids.indexOf(currentId), ids.length, 'vertical');
      const nextId = next === null ? undefined : ids[next];
      if (nextId === undefined) return;
      event.preventDefault();
      setActiveId(nextId);
      focusItem(nextId);
    },
    [ids, focusItem],
  );

  // An active item that is not in the group (a hidden row picked on the chart) leaves the tab stop on the first.
  const tabStopId = activeId !== null && ids.includes(activeId) ? activeId : (ids[0] ?? null);
  return { containerRef, activeId, tabStopId, setActiveId, focusItem, handleKeyDown };
};
