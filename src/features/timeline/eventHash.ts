import { readHash } from '../../lib/url';

const PREFIX = 'event-';
/** Longer fragments are not ours; refusing them early keeps lookups cheap. */
const MAX_HASH_LENGTH = 200;

/** The element id (and deep-link fragment) of an event. */
export const eventAnchor = (eventId: string): string => `${PREFIX}${eventId}`;

/**
 * The event a fragment such as `#event-doha-agreement` links to, or null.
 * Total: garbage (`#%`, `#%E0%A4%A`, `#<script>`, `#event-__proto__`, very
 * long strings) is ignored, and only ids in `knownIds` are accepted.
 */
export const eventIdFromHash = (hash: string, knownIds: ReadonlySet<string>): string | null => {
  if (hash.length > MAX_HASH_LENGTH) return null;
  const fragment = readHash(hash);
  if (!fragment.startsWith(PREFIX)) return null;
  const id = fragment.slice(PREFIX.length);
  return knownIds.has(id) ? id : null;
};
