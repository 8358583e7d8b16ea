import { useEffect } from 'react';
import type { ActorId } from '../../content/types';
import { useStore } from '../../lib/store';
import { replaceUrl } from '../../lib/url';
import { parseActorParam, withActorParam } from './actorParam';
import { actorSelectionStore } from './selectionStore';

export interface ActorSelection {
  /** The selected actor, or null. Always null on the server and during hydration. */
  readonly selectedActorId: ActorId | null;
  /** Selects an actor (null clears) and records it in the URL, so a reload or shared link restores it. */
  readonly selectActor: (id: ActorId | null) => void;
}

/** Selects an actor (null clears) and records it in `?actor=`, keeping every other parameter. */
export const selectActor = (id: ActorId | null): void => {
  actorSelectionStore.set(id);
  const { pathname, search, hash } = window.location;
  // replaceState, not pushState: a selection is a view setting, not a page the Back button should revisit.
  replaceUrl(`${pathname}${withActorParam(search, id)}${hash}`);
};

/** Reads `?actor=` into the store; an unknown or hostile value is ignored and left in the URL untouched. */
export const readActorSelectionFromUrl = (): void => {
  actorSelectionStore.set(parseActorParam(window.location.search));
};

/**
 * The page-wide actor selection, kept in `?actor=`. The URL is read in an
 * effect, after hydration, so the first client render equals the prerendered
 * HTML; a selection already made is never overwritten by a later reader.
 */
export const useActorSelection = (): ActorSelection => {
  const selectedActorId = useStore(actorSelectionStore);
  useEffect(() => {
    if (actorSelectionStore.get() === null) readActorSelectionFromUrl();
  }, []);
  return { selectedActorId, selectActor };
};
