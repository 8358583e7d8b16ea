import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mapLaterMarks, mapLaterNotes } from '../../../src/app/mapLater';
import { hindsightLayer } from '../../../src/content/hindsightLayer';
import { mapPlaces, mapUi } from '../../../src/content/map';
import { LocatorMap } from '../../../src/features/map/LocatorMap';
import { PlaceList } from '../../../src/features/map/PlaceList';

const mapLabels = (container: HTMLElement) => Array.from(container.querySelectorAll('.lm-place .lm-label')).map((label) => label.textContent);
const focusedPlaces = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('[data-focused="true"]')).map((place) => place.getAttribute('data-place'));

describe('LocatorMap', () => {
  it('is a picture named by its title and described, drawn from the shapes the page holds', () => {
    const { container } = render(<LocatorMap focus="summit" />);
    const map = screen.getByRole('img', { name: new RegExp(mapUi.title) });
    expect(map.querySelector('desc')?.textContent).toBe(mapUi.description);
    const uses = Array.from(container.querySelectorAll('use')).map((use) => use.getAttribute('href'));
    expect(uses).toContain('#lm-land');
    expect(uses).toContain('#lm-afghanistan');
    // No shape data of its own: every path on it is a short route or arrow, not a border.
    for (const path of container.querySelectorAll('path')) expect(path.getAttribute('d')!.length).toBeLessThan(80);
  });

  it('brings forward what each step names: the summit’s countries, the envoy’s stops, Turkey', () => {
    const { container, rerender } = render(<LocatorMap focus="summit" />);
    expect(focusedPlaces(container)).toEqual(expect.arrayContaining(['russia', 'moscow', 'china', 'pakistan', 'islamabad', 'iran', 'india', 'united-states']));
    expect(focusedPlaces(container)).not.toContain('turkey');
    rerender(<LocatorMap focus="shuttle" />);
    expect(focusedPlaces(container).sort()).toEqual(['doha', 'kabul', 'united-states']);
    rerender(<LocatorMap focus="turkey" />);
    expect(focusedPlaces(container).sort()).toEqual(['ankara', 'turkey']);
  });

  it('hatches the countries a step names, so colour is never the only cue', () => {
    const { container } = render(<LocatorMap focus="summit" />);
    const opacity = (country: string) => (container.querySelector(`.lm-hatch[data-country="${country}"]`) as SVGElement).style.opacity;
    for (const country of ['russia', 'china', 'pakistan', 'iran', 'india']) expect(opacity(country), country).toBe('1');
    expect(opacity('turkey')).toBe('0');
    expect(opacity('afghanistan')).toBe('0');
  });

  it('marks Moscow’s later meeting in words only with hindsight on', () => {
    const { container, rerender } = render(<LocatorMap focus="summit" laterMarks={mapLaterMarks(null)} />);
    expect(container.querySelector('.lm-later')).toBeNull();
    rerender(<LocatorMap focus="summit" laterMarks={mapLaterMarks(hindsightLayer)} />);
    expect(container.querySelector('[data-later-place="moscow"]')?.textContent).toBe('Later: a meeting, March 18, 2021');
  });
});

describe('PlaceList', () => {
  it('lists every place the map labels, by the same label, each with a source', () => {
    const { container: mapContainer } = render(<LocatorMap focus="summit" />);
    const labels = mapLabels(mapContainer);
    render(<PlaceList isFolded={false} />);
    const list = screen.getByRole('region', { name: mapUi.listHeading });
    const items = within(list).getAllByRole('listitem');
    const names = items.map((item) => item.querySelector('.place-list__name')?.textContent);
    // The US arrow's label says where it lies; the list names the country.
    expect(names).toEqual(mapPlaces.map((place) => place.label));
    expect(labels.filter((label) => label !== mapUi.offMapWest).sort()).toEqual(names.filter((name) => name !== 'United States').sort());
    for (const item of items) expect(item.querySelector('.cite__button'), item.textContent!).not.toBeNull();
    expect(list.textContent).toContain('Kashmir');
  });

  it('folds under the story’s map, and adds the later event in full with hindsight on', () => {
    const { container } = render(<PlaceList isFolded laterNotes={mapLaterNotes(hindsightLayer)} />);
    expect(container.querySelector('details > summary')?.textContent).toBe(`The ${mapPlaces.length} places on the map, and why each is marked`);
    const moscow = container.querySelector('[data-place="moscow"]')!;
    expect(moscow.querySelector('.badge--later')?.textContent).toBe('Later');
    expect(moscow.textContent).toContain('March 18, 2021: Moscow hosts the extended troika with both Afghan sides');
    expect(moscow.querySelector('.cite--later')).not.toBeNull();
  });
});
