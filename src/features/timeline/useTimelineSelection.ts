import { useCallback, useEffect, useState } from 'react';
import { eventAnchor } from './eventHash';
import { useRovingFocus } from './useRovingFocus';

const toggled = (ids: ReadonlySet<string>, id: string): ReadonlySet<string> => {
  const next = new Set(ids);
  if (!next.delete(id)) next.add(id);
  return next;
};

const opened = (ids: ReadonlySet<string>, id: string): ReadonlySet<string> => (ids.has(id) ? ids : new Set(ids).add(id));

/**
 * The timeline's interaction state: the selected event (roving focus over the
 * list), which events have their details open, and the event a followed
 * `#event-<id>` link asks for (read by the app; a new `navigation` each time).
 */
export const useTimelineSelection = (ids: readonly string[], linkedEvent: string | null, navigation: number | undefined) => {
  const roving = useRovingFocus<HTMLOListElement>(ids);
  const { containerRef, setActiveId } = roving;
  const [openIds, setOpenIds] = useState<ReadonlySet<string>>(() => new Set());
  const [linkedId, setLinkedId] = useState<string | null>(null);

  const toggle = useCallback(
    (id: string) => {
      setActiveId(id);
      setOpenIds((open) => toggled(open, id));
    },
    [setActiveId],
  );

  useEffect(() => {
    if (linkedEvent === null || !ids.includes(linkedEvent)) return;
    setActiveId(linkedEvent);
    setOpenIds((open) => opened(open, linkedEvent));
    setLinkedId(linkedEvent);
    // Deliberately keyed on the navigation alone: only following a link opens its event.
  }, [navigation]);

  // Runs after the linked event's details have rendered open, so it scrolls to the final layout.
  useEffect(() => {
    if (linkedId === null) return;
    const item = containerRef.current?.querySelector<HTMLElement>(`[id="${eventAnchor(linkedId)}"]`);
    item?.scrollIntoView({ block: 'center', inline: 'center' });
    item?.querySelector<HTMLElement>('[data-roving-id]')?.focus({ preventScroll: true });
    setLinkedId(null);
  }, [linkedId, containerRef]);

  return { ...roving, openIds, toggle };
};
