import type { HindsightEventId } from './hindsightEventIds';
import type { Cite, GraphicState } from './types';

/**
 * The locator map (issue #17): what it marks and why, each with its source.
 * The shapes come from Natural Earth through the world-atlas package and are
 * drawn once at build time (scripts/vite/locatorMap.ts); the browser gets
 * only the places below, already projected. Coordinates are [longitude,
 * latitude] in degrees: GeoNames for the cities, a point inside the country
 * for a country's label.
 */

/** A country the map draws on its own, by its Natural Earth (ISO 3166 numeric) code. */
export const mapCountries = [
  { id: 'afghanistan', iso: '004' },
  { id: 'pakistan', iso: '586' },
  { id: 'iran', iso: '364' },
  { id: 'china', iso: '156' },
  { id: 'india', iso: '356' },
  { id: 'russia', iso: '643' },
  { id: 'turkey', iso: '792' },
] as const;

export type MapCountryId = (typeof mapCountries)[number]['id'];

/** What one step of the story asks the map to bring forward. */
export type MapFocus = Extract<GraphicState, { scene: 'map' }>['focus'];

interface MapPlaceBase {
  readonly id: string;
  /** The label on the map, and the name in the list beside it. */
  readonly label: string;
  readonly lonLat: readonly [number, number];
  /** Why it is marked, in our words. */
  readonly why: string;
  readonly cites: readonly Cite[];
  /** The steps that bring it forward. */
  readonly focus: readonly MapFocus[];
}

export type MapPlace =
  | (MapPlaceBase & { readonly kind: 'country'; readonly country: MapCountryId })
  | (MapPlaceBase & { readonly kind: 'city' })
  /** A place off the map, shown as an arrow at the edge it lies beyond. */
  | (MapPlaceBase & { readonly kind: 'offMap'; readonly direction: 'west' });

export const mapPlaces = [
  {
    id: 'afghanistan',
    kind: 'country',
    country: 'afghanistan',
    label: 'Afghanistan',
    lonLat: [65.6, 32.3],
    why: 'The country the letter’s proposals are about, where about 2,500 U.S. troops remain.',
    cites: ['p4.2', 'p14'],
    // Always drawn in its own colour: no step needs to bring it forward.
    focus: [],
  },
  {
    id: 'kabul',
    kind: 'city',
    label: 'Kabul',
    lonLat: [69.17, 34.53],
    why: 'Seat of Ghani’s government. Khalilzad visited in the week before the article, suggesting a new format for the country’s political future.',
    cites: ['p8', 'p16.1', 'bg:geonames'],
    focus: ['shuttle'],
  },
  {
    id: 'doha',
    kind: 'city',
    label: 'Doha',
    lonLat: [51.53, 25.29],
    why: 'Capital of Qatar, where government and Taliban negotiators have met since September 2020; Khalilzad stopped there too.',
    cites: ['p9', 'bg:dailypak-talks-open', 'bg:geonames'],
    focus: ['shuttle'],
  },
  {
    id: 'turkey',
    kind: 'country',
    country: 'turkey',
    label: 'Turkey',
    lonLat: [37.5, 38.2],
    why: 'Where the letter proposes a senior-level meeting of the government and the Taliban in the coming weeks. The reports name no city.',
    cites: ['p16.1'],
    focus: ['turkey'],
  },
  {
    id: 'ankara',
    kind: 'city',
    label: 'Ankara',
    lonLat: [32.85, 39.93],
    why: 'Turkey’s capital, marked only to place Turkey; it is not named as the venue.',
    cites: ['bg:geonames'],
    focus: ['turkey'],
  },
  {
    id: 'russia',
    kind: 'country',
    country: 'russia',
    label: 'Russia',
    lonLat: [44, 50],
    why: 'One of the six countries named for the proposed UN summit.',
    cites: ['p14'],
    focus: ['summit'],
  },
  {
    id: 'moscow',
    kind: 'city',
    label: 'Moscow',
    lonLat: [37.62, 55.75],
    why: 'Russia’s capital.',
    cites: ['bg:geonames'],
    focus: ['summit'],
  },
  {
    id: 'china',
    kind: 'country',
    country: 'china',
    label: 'China',
    lonLat: [84, 35.5],
    why: 'One of the six countries named for the proposed UN summit; it borders Afghanistan.',
    cites: ['p14', 'bg:natural-earth'],
    focus: ['summit'],
  },
  {
    id: 'pakistan',
    kind: 'country',
    country: 'pakistan',
    label: 'Pakistan',
    lonLat: [68.5, 26.2],
    why: 'One of the six countries named for the proposed UN summit; it borders Afghanistan.',
    cites: ['p14', 'bg:natural-earth'],
    focus: ['summit'],
  },
  {
    id: 'islamabad',
    kind: 'city',
    label: 'Islamabad',
    lonLat: [73.05, 33.69],
    why: 'Pakistan’s capital.',
    cites: ['bg:geonames'],
    focus: ['summit'],
  },
  {
    id: 'iran',
    kind: 'country',
    country: 'iran',
    label: 'Iran',
    lonLat: [53.2, 31.2],
    why: 'One of the six countries named for the proposed UN summit; it borders Afghanistan.',
    cites: ['p14', 'bg:natural-earth'],
    focus: ['summit'],
  },
  {
    id: 'india',
    kind: 'country',
    country: 'india',
    label: 'India',
    lonLat: [79, 22.5],
    why: 'One of the six countries named for the proposed UN summit.',
    cites: ['p14'],
    focus: ['summit'],
  },
  {
    id: 'united-states',
    kind: 'offMap',
    direction: 'west',
    label: 'United States',
    lonLat: [-77.04, 38.91],
    why: 'The sixth country named for the proposed UN summit, and Blinken’s and Khalilzad’s government; far to the west of this map.',
    cites: ['p14', 'p1', 'p8'],
    focus: ['summit', 'shuttle'],
  },
] as const satisfies readonly MapPlace[];

export type MapPlaceId = (typeof mapPlaces)[number]['id'];

/** The geographic frame: the map shows this box, projected ([west, south], [east, north]). */
export const mapFrame = { southWest: [31, 19], northEast: [90, 57] } as const;

/** Later reporting the map marks with hindsight on: the place, and the later event that happened there. */
export const mapLaterMarks = [{ place: 'moscow', event: 'moscow-troika' }] as const satisfies readonly {
  place: MapPlaceId;
  event: HindsightEventId;
}[];

export const mapUi = {
  title: 'Where the diplomacy happens',
  /** The SVG's description, for readers of the embed's map. */
  description:
    'A map of the region around Afghanistan: its neighbours Iran, Pakistan and China, with Russia, India and Turkey; points mark Kabul, Islamabad, Doha, Ankara and Moscow, and an arrow points west to the United States.',
  focusCaption: {
    summit: 'Named for the proposed UN summit: five countries of the region, and the United States',
    shuttle: 'Khalilzad’s recent stops: Kabul, and the talks in Doha',
    turkey: 'A senior-level meeting proposed in Turkey',
  } satisfies Record<MapFocus, string>,
  summitKey: 'Hatched: named for the proposed UN summit',
  offMapWest: 'United States (far to the west)',
  listHeading: 'Places on the map, and why',
  listSummary: 'The {count} places on the map, and why each is marked',
  bordersNote:
    'Borders follow Natural Earth’s de facto lines, which are not an endorsement; the Kashmir region is disputed between India, Pakistan and China.',
  bordersCites: ['bg:natural-earth'],
  /** On the map, beside the place: short, since the list beside it gives the event in full. */
  laterMark: 'Later: a meeting, {date}',
  laterListLabel: 'Later reporting',
} as const;
