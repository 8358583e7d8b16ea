import { describe, expect, it } from 'vitest';
import { buildLocatorMap, MAP_HEIGHT, MAP_WIDTH, usesLocatorMap, withLocatorMapDefs } from '../../../scripts/vite/locatorMap';
import { mapCountries, mapPlaces } from '../../../src/content/map';

describe('the locator map, drawn at build time', () => {
  const { defs, geometry } = buildLocatorMap();

  it('holds land, borders and each drawn country once, as whole-unit paths', () => {
    for (const id of ['land', 'borders', ...mapCountries.map((country) => country.id)]) {
      const match = new RegExp(`<path id="lm-${id}" d="([^"]+)"/>`).exec(defs);
      expect(match, id).not.toBeNull();
      expect(match![1]).toMatch(/^(?:[ML]-?\d+ -?\d+|Z)+$/);
    }
    // Hidden from readers: it is only a store of shapes for <use>.
    expect(defs).toMatch(/^<svg class="locator-map-defs" width="0" height="0" aria-hidden="true"/);
  });

  it('projects every place on the map inside its box, roughly where it belongs', () => {
    for (const place of mapPlaces.filter((candidate) => candidate.kind !== 'offMap')) {
      const [x, y] = geometry.points[place.id]!;
      expect(x, place.id).toBeGreaterThanOrEqual(0);
      expect(x, place.id).toBeLessThanOrEqual(MAP_WIDTH);
      expect(y, place.id).toBeGreaterThanOrEqual(0);
      expect(y, place.id).toBeLessThanOrEqual(MAP_HEIGHT);
    }
    const [kabulX, kabulY] = geometry.points.kabul!;
    const [dohaX, dohaY] = geometry.points.doha!;
    const [moscowX, moscowY] = geometry.points.moscow!;
    // Doha lies south-west of Kabul, Moscow north of both.
    expect(dohaX).toBeLessThan(kabulX);
    expect(dohaY).toBeGreaterThan(kabulY);
    expect(moscowY).toBeLessThan(kabulY);
    expect(moscowX).toBeLessThan(kabulX);
  });

  it('stays small: the shapes add at most 6 KB gzip to a page that uses them', async () => {
    const { gzipSync } = await import('node:zlib');
    expect(gzipSync(defs).length).toBeLessThan(6 * 1024);
  });

  it('goes only into pages that draw the map, right after <body>', () => {
    expect(usesLocatorMap('<svg><use href="#lm-land"></use></svg>')).toBe(true);
    expect(usesLocatorMap('<p>No map here</p>')).toBe(false);
    const page = withLocatorMapDefs('<html><body class="x"><div id="root"></div></body></html>');
    expect(page.indexOf('locator-map-defs')).toBeGreaterThan(page.indexOf('<body class="x">'));
    expect(page.indexOf('locator-map-defs')).toBeLessThan(page.indexOf('<div id="root">'));
  });
});
