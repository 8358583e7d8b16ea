import { hindsightEventIds } from '../content/hindsightEventIds';
import { proposals } from '../content/proposals';
import { timelineEvents } from '../content/timeline';
import type { ActorId, EventId } from '../content/types';
import { parseActorParam, withActorParam } from '../features/actors/actorParam';
import { DEFAULT_ID_PREFIX, parseProposalHash, serializeProposalHash } from '../features/proposals/proposalAnchors';
import { parseSlideParam, slideSearch } from '../features/present/slideUrl';
import { eventAnchor, eventIdFromHash } from '../features/timeline/eventHash';
import { parseHindsightParam, withHindsightParam } from './hindsightParam';
import { parseMode, type AppMode } from './mode';

/** Everything the page's address can ask for, in every mode. */
export interface AppLocation {
  readonly mode: AppMode;
  /** `?actor=`: a known actor, or null. */
  readonly actor: ActorId | null;
  /** `#proposal-1,3`: open cards, sorted, each 1..4; empty when none. */
  readonly openProposals: readonly number[];
  /** `#event-<id>`: a known event (of the story or, with hindsight, later), or null. */
  readonly event: EventId | null;
  /** `?slide=N` in present mode: 0-based, a whole number (the deck clamps it to its last slide); null when absent. */
  readonly slide: number | null;
  /** `?hindsight`: the layer of what happened after March 7, 2021 is on, in every mode. */
  readonly hindsight: boolean;
}

export interface RawLocation {
  readonly search: string;
  readonly hash: string;
  readonly pathname?: string;
}

// Later events too: the timeline opens one once the hindsight layer is on.
const eventIds = new Set<string>([...timelineEvents.map((event) => event.id), ...hindsightEventIds]);

/** More slides than any deck will have; ?slide=1e309 reads as this, and the deck shows its last. */
const MAX_SLIDES = 1000;

/**
 * The one parser for the page's address, built from each feature's own
 * total parser. It never throws: anything unknown, malformed or hostile
 * (`%E0%A4%A`, `<script>`, `1e309`, `__proto__`) reads as "not asked for".
 */
export const parseLocation = ({ search, hash, pathname = '/' }: RawLocation): AppLocation => {
  const mode = parseMode(search, pathname);
  return {
    mode,
    actor: parseActorParam(search),
    openProposals: parseProposalHash(hash, DEFAULT_ID_PREFIX, proposals.length) ?? [],
    event: eventIdFromHash(hash, eventIds),
    // Bounded by the deck itself, so the address parser (loaded with every island) carries no slides.
    slide: mode.kind === 'present' ? parseSlideParam(search, MAX_SLIDES) : null,
    hindsight: parseHindsightParam(search),
  };
};

/**
 * An address for a location (the fragment holds either cards or an event, as
 * a link can only point at one place; cards win). parse(serialise(l)) equals l
 * for every location parse can produce.
 */
export const serializeLocation = (location: AppLocation): RawLocation => {
  const { mode } = location;
  let search = '';
  if (mode.kind === 'embed') search = `?embed=${mode.part}`;
  if (mode.kind === 'present') search = mode.view === 'notes' ? '?present&view=notes' : '?present';
  if (mode.theme !== null) search += `${search === '' ? '?' : '&'}theme=${mode.theme}`;
  if (mode.kind === 'present' && location.slide !== null) search = slideSearch(search, location.slide);
  search = withActorParam(search, location.actor);
  search = withHindsightParam(search, location.hindsight);
  const hash =
    location.openProposals.length > 0
      ? serializeProposalHash(location.openProposals, DEFAULT_ID_PREFIX)
      : location.event !== null
        ? `#${eventAnchor(location.event)}`
        : '';
  return { search, hash };
};
