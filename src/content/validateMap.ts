import type { MapCountryId, MapPlace } from './map';
import type { Cite, ContentBundle } from './types';
import { citeResolver, type ContentIssue } from './validate';

interface MapContent {
  readonly places: readonly MapPlace[];
  readonly countries: readonly { readonly id: MapCountryId; readonly iso: string }[];
  readonly frame: { readonly southWest: readonly [number, number]; readonly northEast: readonly [number, number] };
  readonly laterMarks: readonly { readonly place: string; readonly event: string }[];
  readonly laterEventIds: readonly string[];
  readonly bordersCites: readonly Cite[];
}

const isInside = ([lon, lat]: readonly [number, number], frame: MapContent['frame']): boolean =>
  lon >= frame.southWest[0] && lon <= frame.northEast[0] && lat >= frame.southWest[1] && lat <= frame.northEast[1];

/**
 * The locator map's places (issue #17): unique ids and labels (the list
 * beside the map names each by its label), a reason and a resolving cite for
 * each, a point inside the frame for everything drawn on it (off-map places
 * excepted), each country drawn once, later marks only at marked places.
 */
export const validateMap = (map: MapContent, content: ContentBundle): ContentIssue[] => {
  const issues: ContentIssue[] = [];
  const report = (item: string, field: string, message: string) => issues.push({ item, field, message });
  const citeOk = citeResolver(content);
  const seen = new Set<string>();
  const labels = new Set<string>();
  map.places.forEach((place) => {
    const item = `map/${place.id}`;
    if (seen.has(place.id)) report(item, 'id', `duplicate id "${place.id}"`);
    if (labels.has(place.label)) report(item, 'label', `duplicate label "${place.label}"`);
    seen.add(place.id);
    labels.add(place.label);
    if (place.why.trim() === '') report(item, 'why', 'says nothing of why it is marked');
    if (/[“”"]/.test(place.why)) report(item, 'why', 'quotes: the map’s reasons are our own words');
    if (place.cites.length === 0) report(item, 'cites', 'has no source');
    place.cites.filter((cite) => !citeOk(cite)).forEach((cite) => report(item, 'cites', `cite "${cite}" is not a sentence of the article or a background source`));
    if (place.kind !== 'offMap' && !isInside(place.lonLat, map.frame)) report(item, 'lonLat', 'lies outside the map’s frame');
    if (place.kind === 'offMap' && isInside(place.lonLat, map.frame)) report(item, 'lonLat', 'is marked off the map but lies inside it');
    if (place.kind === 'country' && !map.countries.some((country) => country.id === place.country)) report(item, 'country', `no drawn country "${place.country}"`);
  });
  map.bordersCites.filter((cite) => !citeOk(cite)).forEach((cite) => report('map/borders', 'cites', `cite "${cite}" does not resolve`));
  map.laterMarks.forEach((mark) => {
    if (!seen.has(mark.place)) report(`map/later/${mark.place}`, 'place', 'is not a marked place');
    if (!map.laterEventIds.includes(mark.event)) report(`map/later/${mark.place}`, 'event', `no later event "${mark.event}"`);
  });
  return issues;
};
