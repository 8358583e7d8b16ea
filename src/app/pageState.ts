import type { ActorId } from '../content/types';
import { parseActorParam, withActorParam } from '../features/actors/actorParam';
import { DEFAULT_ID_PREFIX, parseProposalHash, serializeProposalHash } from '../features/proposals/proposalAnchors';
import { createStore, type Store } from '../lib/store';
import { replaceUrl } from '../lib/url';
import { hindsightFlagStore } from './hindsightFlag';
import { withHindsightParam } from './hindsightParam';
import { parseLocation, type AppLocation } from './location';

/**
 * The page's address as the app last read it, with a counter that moves on
 * every navigation (load, a followed link, Back): features treat a new count
 * as "the reader asked to go there". Starts as the server saw it (nothing
 * asked for), so islands hydrate against the prerendered HTML and then
 * follow the real address.
 */
export interface PageAddress {
  readonly location: AppLocation;
  readonly navigation: number;
}

const SERVER_ADDRESS: PageAddress = {
  location: parseLocation({ search: '', hash: '' }),
  navigation: 0,
};

export const addressStore: Store<PageAddress> = createStore(SERVER_ADDRESS);
// The header's switch reads the flag alone (see hindsightFlag.ts).
addressStore.subscribe(() => hindsightFlagStore.set(addressStore.get().location.hindsight));

const readWindowLocation = (): AppLocation => {
  try {
    const { search, hash, pathname } = window.location;
    return parseLocation({ search, hash, pathname });
  } catch {
    return SERVER_ADDRESS.location;
  }
};

let isFollowing = false;

/** Reads the address now and after every navigation; the one place that listens to it. Idempotent. */
export const followAddress = (): void => {
  if (isFollowing) return;
  isFollowing = true;
  const read = () => {
    const location = readWindowLocation();
    addressStore.set({ location, navigation: addressStore.get().navigation + 1 });
  };
  read();
  window.addEventListener('hashchange', read);
  window.addEventListener('popstate', read);
};

/** Records a change the reader made on the page: no new navigation, history entry replaced. */
const record = (change: Partial<AppLocation>, url: string): void => {
  replaceUrl(url);
  const current = addressStore.get();
  const location = { ...current.location, ...change };
  addressStore.set({ ...current, location });
};

/** Selects an actor (null clears) in `?actor=`, keeping every other parameter (pym's among them). */
export const selectActor = (actor: ActorId | null): void => {
  const { pathname, search, hash } = window.location;
  // An unknown ?actor= stays in the URL untouched until the reader selects someone.
  const nextSearch = actor === null && parseActorParam(search) === null ? search : withActorParam(search, actor);
  record({ actor }, `${pathname}${nextSearch}${hash}`);
};

/** The open proposal cards, in `#proposal-N,M`; closing every card clears only our own fragment. */
export const setOpenProposals = (openProposals: readonly number[]): void => {
  const { pathname, search, hash } = window.location;
  const isOurs = parseProposalHash(hash, DEFAULT_ID_PREFIX, Number.MAX_SAFE_INTEGER) !== null;
  if (openProposals.length === 0 && !isOurs) return;
  record({ openProposals }, `${pathname}${search}${serializeProposalHash(openProposals, DEFAULT_ID_PREFIX)}`);
};

/** Turns the hindsight layer on or off in `?hindsight`, keeping every other parameter and the fragment. */
export const setHindsight = (hindsight: boolean): void => {
  const { pathname, search, hash } = window.location;
  record({ hindsight }, `${pathname}${withHindsightParam(search, hindsight)}${hash}`);
};
