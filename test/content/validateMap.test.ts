import { describe, expect, it } from 'vitest';
import { hindsight } from '../../src/content/check';
import { content } from '../../src/content/content';
import { mapCountries, mapFrame, mapLaterMarks, mapPlaces, mapUi, type MapPlace } from '../../src/content/map';
import { formatIssues } from '../../src/content/validate';
import { validateMap } from '../../src/content/validateMap';

const shipped = {
  places: mapPlaces as readonly MapPlace[],
  countries: mapCountries,
  frame: mapFrame,
  laterMarks: mapLaterMarks,
  laterEventIds: hindsight.events.map((event) => event.id),
  bordersCites: mapUi.bordersCites,
};
const withPlace = (index: number, change: Partial<MapPlace>) => ({
  ...shipped,
  places: shipped.places.map((place, i) => (i === index ? ({ ...place, ...change } as MapPlace) : place)),
});
const kabul = mapPlaces.findIndex((place) => place.id === 'kabul');
const unitedStates = mapPlaces.findIndex((place) => place.id === 'united-states');

describe('validateMap', () => {
  it('accepts the shipped map', () => {
    expect(formatIssues(validateMap(shipped, content))).toBe('');
  });

  it('names the country drawn for each of the nine labels the issue asks for', () => {
    const labels = mapPlaces.map((place) => place.label);
    for (const label of ['Afghanistan', 'Pakistan', 'Iran', 'China', 'India', 'Russia', 'Kabul', 'Doha', 'Turkey']) expect(labels).toContain(label);
  });

  it('rejects a place with no source, or a cite that resolves to nothing', () => {
    expect(validateMap(withPlace(kabul, { cites: [] }), content)).toContainEqual(expect.objectContaining({ item: 'map/kabul', field: 'cites' }));
    expect(validateMap(withPlace(kabul, { cites: ['p99'] }), content)).toContainEqual(expect.objectContaining({ item: 'map/kabul', field: 'cites' }));
  });

  it('rejects a drawn place outside the frame, and an off-map place inside it', () => {
    expect(validateMap(withPlace(kabul, { lonLat: [-77, 38.9] }), content)).toContainEqual(expect.objectContaining({ item: 'map/kabul', field: 'lonLat' }));
    expect(validateMap(withPlace(unitedStates, { lonLat: [69, 34] }), content)).toContainEqual(
      expect.objectContaining({ item: 'map/united-states', field: 'lonLat' }),
    );
  });

  it('rejects a repeated label (the list names places by their labels) and quoted words', () => {
    expect(validateMap(withPlace(kabul, { label: 'Doha' }), content)).toContainEqual(expect.objectContaining({ field: 'label' }));
    expect(validateMap(withPlace(kabul, { why: 'The “Kabul government”.' }), content)).toContainEqual(expect.objectContaining({ item: 'map/kabul', field: 'why' }));
  });

  it('rejects a later mark at an unmarked place or for an unknown event', () => {
    const issues = validateMap({ ...shipped, laterMarks: [{ place: 'kandahar', event: 'moscow-troika' }, { place: 'moscow', event: 'nothing' }] }, content);
    expect(issues).toContainEqual(expect.objectContaining({ item: 'map/later/kandahar', field: 'place' }));
    expect(issues).toContainEqual(expect.objectContaining({ item: 'map/later/moscow', field: 'event' }));
  });
});
