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
 * the selected event (roving focus over the listed ones, the later events
 * after the story's), which events have their details open, and the event a
 * followed `#event-<id>` link asks for (read by the app; a new `navigation`
 * each time). A link to a background event lists the background events, so
 * its row is there to open. The container is the whole timeline, so the
 * roving focus runs on from the story's list into the later events' list.
 */
export const useTimelineSelection = (
  events: readonly TimelineEvent[],
  linkedEvent: string | null,
  navigation: number | undefined,
  initialShowsBackground: boolean,
  laterIds: readonly string[] = [],
) => {
  const [showsBackground, setShowsBackground] = useState(initialShowsBackground);
  const shownIds = useMemo(
    () => [...events.filter((event) => showsBackground || event.inArticle).map((event) => event.id), ...laterIds],
    [events, showsBackground, laterIds],
  );
  const roving = useRovingFocus<HTMLElement>(shownIds);
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

  // A link to a later event can arrive before the hindsight layer has loaded: it opens once its row exists.
  const isLinkToLater = linkedEvent !== null && laterIds.includes(linkedEvent);
  useEffect(() => {
    const linked = events.find((event) => event.id === linkedEvent);
    const id = linked?.id ?? laterIds.find((laterId) => laterId === linkedEvent);
    if (id === undefined) return;
    if (linked !== undefined && !linked.inArticle) setShowsBackground(true);
    setActiveId(id);
    setOpenIds((open) => opened(open, id));
    setLinkedId(id);
    // Deliberately keyed on the navigation (and the later row's arrival) alone: only following a link opens its event.
  }, [navigation, isLinkToLater]);

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
