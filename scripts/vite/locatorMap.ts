import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoConicEqualArea, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Plugin } from 'vite';
import { mapCountries, mapFrame, mapPlaces } from '../../src/content/map.ts';

const VIRTUAL_ID = 'virtual:locator-map';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** The map's drawing box, in SVG units. */
export const MAP_WIDTH = 400;
export const MAP_HEIGHT = 270;
const MARGIN = 4;
/** Points closer than this to the last kept one are dropped: finer than the map can show. */
const MIN_STEP = 1.5;

/** Countries whose shared borders the map draws: the region's, not Europe's or Africa's many. */
const REGION = new Set([
  ...mapCountries.map((country) => country.iso),
  // Afghanistan's other neighbours, Central Asia, the Caucasus and the Gulf.
  '762', '795', '860', '398', '417', '496', '524', '064', '050', '368', '760', '682', '784', '512', '414', '048', '887', '031', '051', '268', '400', '422', '376', '275', '104', '144', '818',
]);

type Topology = Parameters<typeof feature>[0];
type GeometryCollection = Extract<Parameters<typeof mesh>[1], { type: 'GeometryCollection' }>;

const require = createRequire(import.meta.url);
const readTopology = (path: string): Topology => JSON.parse(readFileSync(path, 'utf8')) as Topology;

const projectionFor = (): GeoProjection => {
  const [west, south] = mapFrame.southWest;
  const [east, north] = mapFrame.northEast;
  const middle = (west + east) / 2;
  // Conic equal-area, centred on the region: sizes compare fairly from Turkey to China.
  return geoConicEqualArea()
    .parallels([25, 50])
    .rotate([-middle, 0])
    .fitExtent(
      [
        [MARGIN, MARGIN],
        [MAP_WIDTH - MARGIN, MAP_HEIGHT - MARGIN],
      ],
      { type: 'MultiPoint', coordinates: [[west, south], [east, south], [west, north], [east, north], [middle, north], [middle, south]] },
    )
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, MAP_HEIGHT],
    ]);
};

/** An SVG path in whole units, dropping points nearer than MIN_STEP to the last one kept. */
const thinPath = (projection: GeoProjection, object: GeoPermissibleObjects): string => {
  let d = '';
  let lastX = 0;
  let lastY = 0;
  const context = {
    moveTo(x: number, y: number) {
      lastX = Math.round(x);
      lastY = Math.round(y);
      d += `M${lastX} ${lastY}`;
    },
    lineTo(x: number, y: number) {
      const [nextX, nextY] = [Math.round(x), Math.round(y)];
      if (Math.hypot(nextX - lastX, nextY - lastY) < MIN_STEP) return;
      d += `L${nextX} ${nextY}`;
      [lastX, lastY] = [nextX, nextY];
    },
    closePath() {
      d += 'Z';
    },
    arc() {},
  };
  geoPath(projection, context as unknown as CanvasRenderingContext2D)(object);
  // A ring thinned down to its first point draws nothing.
  return d.replace(/M-?\d+ -?\d+Z/g, '');
};

export interface LocatorMapBuild {
  /** Hidden SVG holding the shapes once, for `<use href="#lm-…">`: the browser's scripts never carry them. */
  readonly defs: string;
  /** What the scripts get: the box and each place's projected point. */
  readonly geometry: {
    readonly width: number;
    readonly height: number;
    readonly points: Readonly<Record<string, readonly [number, number]>>;
  };
}

let cached: LocatorMapBuild | undefined;

/** Projects Natural Earth's countries (1:110m) and the content's places once per build. */
export const buildLocatorMap = (): LocatorMapBuild => {
  if (cached !== undefined) return cached;
  const projection = projectionFor();
  const countriesTopology = readTopology(require.resolve('world-atlas/countries-110m.json'));
  const landTopology = readTopology(require.resolve('world-atlas/land-110m.json'));
  const countries = countriesTopology.objects.countries as GeometryCollection;
  const countryFeatures = feature(countriesTopology, countries).features;
  const land = thinPath(projection, feature(landTopology, landTopology.objects.land as GeometryCollection));
  const borders = thinPath(
    projection,
    mesh(countriesTopology, countries, (a, b) => a !== b && (REGION.has(String(a.id)) || REGION.has(String(b.id)))),
  );
  const shapes = mapCountries.map(({ id, iso }) => {
    const shape = countryFeatures.find((candidate) => String(candidate.id) === iso);
    if (shape === undefined) throw new Error(`locator map: world-atlas has no country ${iso} (${id})`);
    return `<path id="lm-${id}" d="${thinPath(projection, shape)}"/>`;
  });
  const points = Object.fromEntries(
    mapPlaces.map((place) => {
      const point = projection([place.lonLat[0], place.lonLat[1]]);
      if (point === null) throw new Error(`locator map: ${place.id} cannot be projected`);
      return [place.id, [Math.round(point[0]), Math.round(point[1])] as const];
    }),
  );
  const defs = [
    `<svg class="locator-map-defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>`,
    `<path id="lm-land" d="${land}"/>`,
    `<path id="lm-borders" d="${borders}"/>`,
    ...shapes,
    `<pattern id="lm-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="5" class="lm-hatch__line"/></pattern>`,
    `</defs></svg>`,
  ].join('');
  cached = { defs, geometry: { width: MAP_WIDTH, height: MAP_HEIGHT, points } };
  return cached;
};

/** Pages that draw the map hold `<use href="#lm-…">`; only they get the shapes. */
export const usesLocatorMap = (html: string): boolean => html.includes('href="#lm-');

/** Puts the map's shapes at the start of the body, outside every React root. */
export const withLocatorMapDefs = (page: string): string =>
  page.replace(/<body([^>]*)>/, (body) => `${body}\n    ${buildLocatorMap().defs}`);

/**
 * `virtual:locator-map`: the projected places for the scripts. The shapes go
 * into the HTML instead: the prerender adds them to the pages that use them,
 * the dev server to every page.
 */
export const locatorMap = (): Plugin => ({
  name: 'explainer-locator-map',
  resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
  load: (id) => (id === RESOLVED_ID ? `export const mapGeometry = ${JSON.stringify(buildLocatorMap().geometry)};` : undefined),
  transformIndexHtml: {
    order: 'post',
    handler: (html, context) => (context.server === undefined ? html : withLocatorMapDefs(html)),
  },
});
