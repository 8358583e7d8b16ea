import { useCallback, useEffect, useState } from 'react';
import type { HashSource } from '../../lib/hashSource';
import { eventAnchor, eventIdFromHash } from './eventHash';
import { useRovingFocus } from './useRovingFocus';

const toggled = (ids: ReadonlySet<string>, id: string): ReadonlySet<string> => {
  const next = new Set(ids);
  if (!next.delete(id)) next.add(id);
  return next;
};

const opened = (ids: ReadonlySet<string>, id: string): ReadonlySet<string> => (ids.has(id) ? ids : new Set(ids).add(id));

/**
 * The timeline's interaction state: the selected event (roving focus over the
 * list), which events have their details open, and `#event-<id>` deep links,
 * read from an injected source after hydration and on every change.
 */
export const useTimelineSelection = (ids: readonly string[], hashSource: HashSource | undefined) => {
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
    if (hashSource === undefined) return;
    const known = new Set(ids);
    const follow = () => {
      const id = eventIdFromHash(hashSource.read(), known);
      if (id === null) return;
      setActiveId(id);
      setOpenIds((open) => opened(open, id));
      setLinkedId(id);
    };
    follow();
    return hashSource.subscribe(follow);
  }, [hashSource, ids, setActiveId]);

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
