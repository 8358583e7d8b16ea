import { useCallback, useEffect, useState } from 'react';
import type { ActorId } from '../../content/types';
import { replaceUrl } from '../../lib/url';
import { parseActorParam, withActorParam } from './actorParam';

export interface ActorSelection {
  /** The selected actor, or null. Always null on the server and during hydration. */
  readonly selectedActorId: ActorId | null;
  /** Selects an actor (null clears) and records it in the URL, so a reload or shared link restores it. */
  readonly selectActor: (id: ActorId | null) => void;
}

/**
 * The page-wide actor selection, kept in `?actor=`. The URL is read in an
 * effect, after hydration, so the first client render equals the prerendered
 * HTML; an unknown or hostile value is ignored and left in the URL untouched.
 */
export const useActorSelection = (): ActorSelection => {
  const [selectedActorId, setSelectedActorId] = useState<ActorId | null>(null);

  useEffect(() => {
    setSelectedActorId(parseActorParam(window.location.search));
  }, []);

  const selectActor = useCallback((id: ActorId | null) => {
    setSelectedActorId(id);
    const { pathname, search, hash } = window.location;
    // replaceState, not pushState: a selection is a view setting, not a page the Back button should revisit.
    replaceUrl(`${pathname}${withActorParam(search, id)}${hash}`);
  }, []);

  return { selectedActorId, selectActor };
};
