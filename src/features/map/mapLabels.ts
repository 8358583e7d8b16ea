import type { MapPlaceId } from '../../content/map';

/** Where each label sits from its point, in map units: set by eye; the browser tests check that none collides (test/e2e/map.test.ts). */
export interface LabelPlacement {
  readonly dx: number;
  readonly dy: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

export const labelPlacement: Record<MapPlaceId, LabelPlacement> = {
  afghanistan: { dx: -4, dy: 16, anchor: 'middle' },
  kabul: { dx: -5, dy: -5, anchor: 'end' },
  doha: { dx: -6, dy: 10, anchor: 'end' },
  turkey: { dx: 0, dy: 4, anchor: 'middle' },
  ankara: { dx: -6, dy: -3, anchor: 'end' },
  russia: { dx: 0, dy: 4, anchor: 'middle' },
  moscow: { dx: 6, dy: 4, anchor: 'start' },
  china: { dx: 0, dy: 4, anchor: 'middle' },
  pakistan: { dx: 0, dy: 4, anchor: 'middle' },
  islamabad: { dx: 6, dy: 10, anchor: 'start' },
  iran: { dx: -6, dy: 4, anchor: 'middle' },
  india: { dx: 0, dy: 4, anchor: 'middle' },
  'united-states': { dx: 0, dy: 0, anchor: 'start' },
};

/** The US arrow's place: the map's west edge, clear of the land labels. */
export const OFF_MAP_WEST = { x: 4, y: 258 } as const;
