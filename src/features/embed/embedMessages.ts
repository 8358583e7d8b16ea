/**
 * The wire formats an embed speaks with its host page, as pure, total
 * functions: pym.js strings (nprapps/pym.js 1.3.2), AMP's `embed-size` object
 * and WordPress's `{secret, message: 'height', value}`. Nothing here throws,
 * whatever a URL or a message holds.
 */
import { readSearchParam } from '../../lib/url';

const PYM_DELIMITER = 'xPYMx';
const MAX_CHILD_ID_LENGTH = 128;
const WIDTH_PATTERN = /^\d{1,5}$/;
// WordPress appends `#?secret=<10 letters or digits>` to the frame's address.
const WP_SECRET_PATTERN = /(?:^|[#?&])secret=([A-Za-z0-9]{10})(?:$|&)/;

/** Where height messages go: pym only with a child id, WordPress only with a secret; AMP always. */
export interface HeightChannels {
  readonly childId: string | null;
  readonly secret: string | null;
}

/** pym's `childId` query value, if it is one we can safely echo back. Nothing else in the query is read. */
export const readChildId = (search: string): string | null => {
  const id = readSearchParam(search, 'childId');
  if (id === null || id === '' || id.length > MAX_CHILD_ID_LENGTH || id.includes(PYM_DELIMITER)) return null;
  return id;
};

/** The WordPress embed secret from the fragment, or null. */
export const readWpSecret = (hash: string): string | null => WP_SECRET_PATTERN.exec(hash.slice(0, 200))?.[1] ?? null;

export const formatPymMessage = (childId: string, type: string, payload: string): string =>
  ['pym', childId, type, payload].join(PYM_DELIMITER);

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pym message addressed to `childId`, matched exactly as pym itself does
 * (`^pymxPYMx<id>xPYMx(\S+)xPYMx(.*)$`), or null for anything else:
 * non-strings, other ids, other shapes.
 */
export const parsePymMessage = (data: unknown, childId: string): { type: string; payload: string } | null => {
  if (typeof data !== 'string') return null;
  const pattern = new RegExp(`^pym${PYM_DELIMITER}${escapeRegExp(childId)}${PYM_DELIMITER}(\\S+)${PYM_DELIMITER}(.*)$`);
  const match = pattern.exec(data);
  if (match === null) return null;
  return { type: match[1] ?? '', payload: match[2] ?? '' };
};

/** pym's `width` payload as a whole number of pixels (0–99999), or null for `1e9`, `-1`, `abc` and the like. */
export const parsePymWidth = (payload: string): number | null => (WIDTH_PATTERN.test(payload) ? Number(payload) : null);

/** Every message that announces `height` on the channels the host speaks. */
export const heightMessages = (height: number, { childId, secret }: HeightChannels): unknown[] => [
  ...(childId === null ? [] : [formatPymMessage(childId, 'height', String(height))]),
  { sentinel: 'amp', type: 'embed-size', height },
  ...(secret === null ? [] : [{ secret, message: 'height', value: height }]),
];
