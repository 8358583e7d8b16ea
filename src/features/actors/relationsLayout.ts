import type { ActorId, ActorRelation } from '../../content/types';

/**
 * Where the relations diagram puts each actor, drawn by hand like any
 * newsroom diagram: the askers on the left, the two Afghan sides in the
 * middle with the venues beside them, and the six governments named for the
 * summit around the UN.
 * The geometry is derived from these points; the words come from content.
 */
export interface Point {
  readonly x: number;
  readonly y: number;
}

export const VIEW_BOX = { width: 800, height: 400 } as const;
export const NODE_RADIUS = 22;
const ARROW_GAP = 5;

const ring = (center: Point, radius: number, index: number, count: number): Point => {
  const angle = -Math.PI / 2 + (index * 2 * Math.PI) / count;
  return { x: Math.round(center.x + radius * Math.cos(angle)), y: Math.round(center.y + radius * Math.sin(angle)) };
};

const UN: Point = { x: 680, y: 200 };
const summitCountries = ['united-states', 'russia', 'china', 'pakistan', 'iran', 'india'] as const;

export const nodePositions = new Map<ActorId, Point>([
  ['blinken', { x: 70, y: 70 }],
  ['ghani', { x: 290, y: 70 }],
  ['khalilzad', { x: 70, y: 235 }],
  ['afghan-government', { x: 290, y: 175 }],
  ['taliban', { x: 290, y: 305 }],
  ['turkey', { x: 520, y: 200 }],
  ['qatar', { x: 520, y: 280 }],
  ['united-nations', UN],
  ...summitCountries.map((id, index): [ActorId, Point] => [id, ring(UN, 100, index, summitCountries.length)]),
]);

/** Names go under their emblem, except where a line would run through them. */
export const labelsAbove: ReadonlySet<ActorId> = new Set(['united-states']);

/** The government and the Taliban, met as a pair: a bracket the venues point at. */
export const TWO_SIDES = { ids: ['afghan-government', 'taliban'], x: 332 } as const;

/** Where each relation's numbered label sits. */
export const labelPositions = new Map<string, Point & { readonly anchor: 'start' | 'middle' }>([
  ['letter', { x: 180, y: 58, anchor: 'middle' }],
  ['written-proposals', { x: 108, y: 240, anchor: 'start' }],
  ['un-summit', { x: UN.x, y: 372, anchor: 'middle' }],
  ['turkey-meeting', { x: 418, y: 190, anchor: 'middle' }],
  ['qatar-talks', { x: 418, y: 270, anchor: 'middle' }],
]);

/**
 * On a briefing slide the labels are set large enough for a room, and three
 * would run into a node or off the edge where they are: they move to open space.
 */
export const slideLabelPositions = new Map([
  ...labelPositions,
  ['turkey-meeting', { x: 420, y: 172, anchor: 'middle' }],
  ['qatar-talks', { x: 520, y: 352, anchor: 'middle' }],
  ['un-summit', { x: 660, y: 380, anchor: 'middle' }],
] as const);

export interface Segment {
  readonly from: Point;
  readonly to: Point;
}

/** Moves `from` towards `to` by `distance` (to start or stop a line at a circle's edge). */
const towards = (from: Point, to: Point, distance: number): Point => {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return { x: from.x + ((to.x - from.x) * distance) / length, y: from.y + ((to.y - from.y) * distance) / length };
};

const isTwoSides = (ids: readonly ActorId[]): boolean =>
  ids.length === TWO_SIDES.ids.length && TWO_SIDES.ids.every((id) => ids.includes(id));

/** The arrows for one relation: every `from` to every `to`, or to the bracket when `to` is the two sides. */
export const segmentsFor = (relation: ActorRelation): readonly Segment[] =>
  relation.from.flatMap((fromId) => {
    const start = nodePositions.get(fromId);
    if (start === undefined) return [];
    if (isTwoSides(relation.to)) {
      const end = { x: TWO_SIDES.x + ARROW_GAP, y: start.y };
      return [{ from: towards(start, end, NODE_RADIUS), to: end }];
    }
    return relation.to.flatMap((toId) => {
      const end = nodePositions.get(toId);
      if (end === undefined) return [];
      return [{ from: towards(start, end, NODE_RADIUS), to: towards(end, start, NODE_RADIUS + ARROW_GAP) }];
    });
  });

/** The bracket's ends: level with the government and the Taliban. */
export const twoSidesBracket = (): { readonly top: number; readonly bottom: number } => {
  const [top, bottom] = TWO_SIDES.ids.map((id) => nodePositions.get(id)?.y ?? 0);
  return { top: top ?? 0, bottom: bottom ?? 0 };
};
