import { useCallback, useEffect, useMemo, useState } from 'react';
import type { TimelineEvent } from '../../content/types';
import { eventAnchor } from './eventHash';
import { useRovingFocus } from './useRovingFocus';

const toggled = (ids: ReadonlySet<string>, id: string): ReadonlySet<string> => {
  const next = new Set(ids);
  if (!next.delete(id)) next.add(id);
  return next;
};

const opened = (ids: ReadonlySet<string>, id: string): ReadonlySet<string> => (ids.has(id) ? ids : new Set(ids).add(id));

/**
 * The timeline's interaction state: whether background events are listed,
 * the selected event (roving focus over the listed ones), which events have
 * their details open, and the event a followed `#event-<id>` link asks for
 * (read by the app; a new `navigation` each time). A link to a background
 * event lists the background events, so its row is there to open.
 */
export const useTimelineSelection = (
  events: readonly TimelineEvent[],
  linkedEvent: string | null,
  navigation: number | undefined,
  initialShowsBackground: boolean,
) => {
  const [showsBackground, setShowsBackground] = useState(initialShowsBackground);
  const shownIds = useMemo(
    () => events.filter((event) => showsBackground || event.inArticle).map((event) => event.id),
    [events, showsBackground],
  );
  const roving = useRovingFocus<HTMLOListElement>(shownIds);
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
    const linked = events.find((event) => event.id === linkedEvent);
    if (linked === undefined) return;
    if (!linked.inArticle) setShowsBackground(true);
    setActiveId(linked.id);
    setOpenIds((open) => opened(open, linked.id));
    setLinkedId(linked.id);
    // Deliberately keyed on the navigation alone: only following a link opens its event.
  }, [navigation]);

  // Runs after the linked event's row has rendered shown and open, so it scrolls to the final layout.
  useEffect(() => {
    if (linkedId === null) return;
    const item = containerRef.current?.querySelector<HTMLElement>(`[id="${eventAnchor(linkedId)}"]`);
    item?.scrollIntoView({ block: 'center', inline: 'center' });
    item?.querySelector<HTMLElement>('[data-roving-id]')?.focus({ preventScroll: true });
    setLinkedId(null);
  }, [linkedId, containerRef]);

  return { ...roving, shownIds, showsBackground, setShowsBackground, openIds, toggle };
};
