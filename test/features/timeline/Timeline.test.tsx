import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hindsightLayer } from '../../../src/content/hindsightLayer';
import { timelineEvents } from '../../../src/content/timeline';
import { Timeline } from '../../../src/features/timeline/Timeline';
import { renderWithProviders, withProviders } from '../../render';

// jsdom has no layout and no CSS: positions, the vertical/horizontal switch, scrolling,
// the no-script stylesheet (every row and its details shown) and real focus movement
// across the page are checked in Chromium (test/e2e/timeline.test.ts). Role queries
// compute names over a large tree, so queries are scoped and the timeout is generous.

const articleEvents = timelineEvents.filter((event) => event.inArticle);
const backgroundEvents = timelineEvents.filter((event) => !event.inArticle);

const region = () => screen.getByRole('region', { name: 'Timeline' });
const eventList = () => within(region()).getByRole('list', { name: /^Events/ });
const rowButton = (title: string) => within(eventList()).getByRole('button', { name: new RegExp(title) });
const rowButtons = () => within(eventList()).getAllByRole('button', { expanded: false });
const itemOf = (element: HTMLElement) => element.closest('li')!;
const backgroundSwitch = () => within(region()).getByRole('button', { name: /^Show background events/ });

beforeEach(() => {
  // jsdom does not implement scrolling.
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(() => {
  Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
});

describe('Timeline', { timeout: 30_000 }, () => {
  it('keeps every event in date order as a <time datetime>, 2001 to May 1, 2021, in the HTML', () => {
    renderWithProviders(<Timeline />);
    const times = Array.from(eventList().querySelectorAll('time'), (time) => time.getAttribute('datetime') ?? '');
    expect(times).toEqual(timelineEvents.map((event) => event.date));
    expect(times).toEqual([...times].sort());
    expect(times[0]!.startsWith('2001')).toBe(true);
    expect(times[times.length - 1]).toBe('2021-05-01');
    expect(eventList().tagName).toBe('OL');
  });

  it('lists the article’s own events as compact rows: date and title in one button, then one source marker', () => {
    renderWithProviders(<Timeline />);
    const rows = within(eventList()).getAllByRole('listitem');
    expect(rows.map((row) => row.id)).toEqual(articleEvents.map((event) => `event-${event.id}`));
    const kabul = rowButton('The Taliban abandon Kabul');
    expect(kabul.textContent).toBe('November 13, 2001 The Taliban abandon Kabul');
    // The row shows its lead source; the details name the others.
    const markers = within(itemOf(kabul)).getAllByRole('button', { name: /^Source|^Background/ });
    expect(markers.map((marker) => marker.getAttribute('aria-label'))).toEqual(['Source: RFE/RL paragraph 4']);
  });

  it('hides the background events behind a switch that says how many there are, and shows them when pressed', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Timeline />);
    const toggle = backgroundSwitch();
    expect(toggle.textContent).toBe(`Show background events (${backgroundEvents.length})`);
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(within(region()).getByRole('status').textContent).toBe(
      `Showing the ${articleEvents.length} events the article states; ${backgroundEvents.length} background events are hidden.`,
    );
    expect(within(eventList()).queryByRole('button', { name: /Bonn Agreement signed/ })).toBeNull();
    // Still in the HTML (hidden), for the page without scripts.
    expect(document.getElementById('event-bonn-agreement')?.hidden).toBe(true);

    await user.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(within(eventList()).getAllByRole('listitem')).toHaveLength(timelineEvents.length);
    const bonn = rowButton('Bonn Agreement signed');
    expect(within(itemOf(bonn)).getByRole('button', { name: /^Background sources: BBC News; PA-X/ })).toBeTruthy();
    expect(within(region()).getByRole('status').textContent).toMatch(/^Showing all 24 events/);

    await user.click(toggle);
    expect(within(eventList()).getAllByRole('listitem')).toHaveLength(articleEvents.length);
  });

  it('lists every event from the start where asked (the timeline embed)', () => {
    renderWithProviders(<Timeline initialShowsBackground />);
    expect(within(eventList()).getAllByRole('listitem')).toHaveLength(timelineEvents.length);
    expect(backgroundSwitch().getAttribute('aria-pressed')).toBe('true');
  });

  it('states the countdown from the letter to the deadline: 55 days', () => {
    renderWithProviders(<Timeline />);
    expect(within(region()).getByText(/^As of March 7, 2021/).textContent).toBe(
      'As of March 7, 2021, when the letter was reported: 55 days to the May 1 deadline.',
    );
  });

  it('gives the rows one tab stop and moves it with the arrow keys, Home and End', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Timeline />);
    const buttons = rowButtons();
    expect(buttons.filter((b) => b.tabIndex === 0)).toEqual([buttons[0]]);
    act(() => buttons[0]!.focus());
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(buttons[1]);
    expect(buttons.filter((b) => b.tabIndex === 0)).toEqual([buttons[1]]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(rowButton('Deadline for the last U.S. troops'));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(rowButton('Deadline for the last U.S. troops'));
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(rowButton('Blinken’s letter to Ghani is reported'));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(buttons[0]);
  });

  it('opens a row’s details with Enter: the summary, who was involved, the other sources and a link', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Timeline />);
    const button = rowButton('U.S.–Taliban agreement signed in Doha');
    const details = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(details.hidden).toBe(true);
    // In the HTML while closed, so the page without scripts can show it.
    expect(details.textContent).toContain('Involved:');
    act(() => button.focus());
    await user.keyboard('{Enter}');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(details.hidden).toBe(false);
    const event = timelineEvents.find((e) => e.id === 'doha-agreement')!;
    expect(details.textContent).toContain(event.summary);
    expect(within(details).getByRole('button', { name: /^Background sources?:/ })).toBeTruthy();
    expect(within(details).queryByRole('button', { name: 'Source: RFE/RL paragraph 6' })).toBeNull();
    expect(within(details).getByRole('link', { name: 'Link to this event' }).getAttribute('href')).toBe('#event-doha-agreement');
    await user.keyboard('{Enter}');
    expect(details.hidden).toBe(true);
  });

  it('highlights a row’s event on the chart, and names it under the chart', async () => {
    const user = userEvent.setup();
    const { container } = renderWithProviders(<Timeline />);
    const readout = container.querySelector('.tl-readout')!;
    // Never empty: before any choice it names the event of the "as of" date.
    expect(readout.textContent).toContain('March 7, 2021 Blinken’s letter to Ghani is reported');
    await user.click(rowButton('U.S. troops cut to 2,500'));
    expect(itemOf(rowButton('U.S. troops cut to 2,500')).dataset.selected).toBe('true');
    expect(container.querySelector('[data-event-id="troops-2500"]')?.getAttribute('data-selected')).toBe('true');
    expect(container.querySelectorAll('.tl-dot[data-selected]')).toHaveLength(1);
    expect(readout.textContent).toContain('January 15, 2021 U.S. troops cut to 2,500');
  });

  it('selects an event from its marker on the chart and makes its row the tab stop', () => {
    const { container } = renderWithProviders(<Timeline />);
    fireEvent.click(container.querySelector('[data-event-id="talks-open"]')!);
    const button = rowButton('Government–Taliban talks open in Qatar');
    expect(itemOf(button).dataset.selected).toBe('true');
    expect(button.tabIndex).toBe(0);
  });

  it('names a hidden background event picked on the chart, and keeps the list’s tab stop on a listed row', () => {
    const { container } = renderWithProviders(<Timeline />);
    fireEvent.click(container.querySelector('[data-event-id="bonn-agreement"]')!);
    expect(container.querySelector('.tl-readout')!.textContent).toContain('December 5, 2001 Bonn Agreement signed');
    expect(rowButtons().filter((b) => b.tabIndex === 0)).toEqual([rowButtons()[0]]);
  });

  it('has no troop curve: a chart of the events and phases, its key in one line and the phases behind a disclosure', () => {
    renderWithProviders(<Timeline />);
    const figure = within(region()).getByRole('figure', { name: /main events and the phases/ });
    expect(figure.querySelector('.tl-plot__area, .tl-troop')).toBeNull();
    expect(within(figure).queryByRole('table')).toBeNull();
    const caption = figure.querySelector('figcaption')!;
    expect(caption.querySelector('.tl-legend')?.textContent).toContain('In the article');
    expect(caption.textContent).toMatch(/Last 15 months drawn \d+ times wider/);
    const phases = caption.querySelector('details')!;
    expect(phases.open).toBe(false);
    expect(phases.querySelector('summary')?.textContent).toBe('The phases, with their sources');
    for (const phase of ['Combat mission', 'Training mission', 'Doha timetable']) expect(within(phases).getByText(phase)).toBeTruthy();
  });

  it('dims the events a selection elsewhere does not involve', () => {
    renderWithProviders(<Timeline highlightedEvents={new Set(['doha-agreement'])} />);
    expect(itemOf(rowButton('U.S.–Taliban agreement signed in Doha')).dataset.dimmed).toBeUndefined();
    expect(itemOf(rowButton('Government–Taliban talks open in Qatar')).dataset.dimmed).toBe('true');
  });

  it('opens and scrolls to the event a followed #event-<id> link names, on load and at each later navigation', () => {
    const { rerender } = renderWithProviders(<Timeline linkedEvent="talks-open" navigation={1} />);
    const talks = rowButton('Government–Taliban talks open in Qatar');
    expect(talks.getAttribute('aria-expanded')).toBe('true');
    expect(itemOf(talks).dataset.selected).toBe('true');
    expect(document.activeElement).toBe(talks);
    expect(Element.prototype.scrollIntoView).toHaveBeenCalledTimes(1);
    rerender(withProviders(<Timeline linkedEvent="letter-reported" navigation={2} />));
    expect(rowButton('Blinken’s letter to Ghani is reported').getAttribute('aria-expanded')).toBe('true');
    expect(Element.prototype.scrollIntoView).toHaveBeenCalledTimes(2);
  });

  it('lists the background events when a link names one of them, and opens it', () => {
    renderWithProviders(<Timeline linkedEvent="bonn-agreement" navigation={1} />);
    const bonn = rowButton('Bonn Agreement signed');
    expect(bonn.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(bonn);
    expect(backgroundSwitch().getAttribute('aria-pressed')).toBe('true');
  });

  it('does not reopen a link the reader has since closed, until it is followed again', () => {
    const { rerender } = renderWithProviders(<Timeline linkedEvent="talks-open" navigation={1} />);
    const talks = rowButton('Government–Taliban talks open in Qatar');
    fireEvent.click(talks);
    expect(talks.getAttribute('aria-expanded')).toBe('false');
    rerender(withProviders(<Timeline linkedEvent="talks-open" navigation={1} highlightedEvents={new Set(['talks-open'])} />));
    expect(talks.getAttribute('aria-expanded')).toBe('false');
    rerender(withProviders(<Timeline linkedEvent="talks-open" navigation={2} />));
    expect(talks.getAttribute('aria-expanded')).toBe('true');
  });

  it.each(['no-such-event', '__proto__', '<script>', ''])('ignores a link to %j', (id) => {
    renderWithProviders(<Timeline linkedEvent={id} navigation={1} />);
    expect(within(eventList()).queryAllByRole('button', { expanded: true })).toHaveLength(0);
    expect(eventList().querySelector('[data-selected]')).toBeNull();
    expect(backgroundSwitch().getAttribute('aria-pressed')).toBe('false');
    expect(Element.prototype.scrollIntoView).not.toHaveBeenCalled();
  });

  it('links to the events and the troop series as CSV and JSON downloads', () => {
    const { container } = renderWithProviders(<Timeline />);
    // The story as of March 7, 2021: no later date anywhere in the timeline but the May 1 deadline, and no later layer.
    const times = Array.from(container.querySelectorAll('time'), (time) => time.getAttribute('datetime') ?? '');
    expect(times.filter((date) => date > '2021-03-07')).toEqual(['2021-05-01']);
    const laterDates = region().textContent!.match(/(April|May|June|July|August|September|October|November|December)( \d+,)? 2021/g);
    expect(new Set(laterDates)).toEqual(new Set(['May 1, 2021']));
    expect(region().textContent).not.toContain('Later reporting');
    expect(container.querySelector('[data-source="later"], [data-hindsight]')).toBeNull();
    const links = within(region()).getAllByRole('link', { name: /\((CSV|JSON)\)$/ });
    expect(links.map((link) => [link.getAttribute('href'), link.hasAttribute('download')])).toEqual([
      ['/data/timeline-events.csv', true],
      ['/data/timeline-events.json', true],
      ['/data/us-troops-in-afghanistan.csv', true],
      ['/data/us-troops-in-afghanistan.json', true],
    ]);
  });
});

// The hindsight layer, as the app hands it over once loaded: one render checks the chart, the list and the downloads.
describe('Timeline with hindsight', { timeout: 30_000 }, () => {
  const laterEvents = hindsightLayer.events;
  const pastChart = laterEvents.filter((event) => event.date > '2021-08-31');
  const laterList = () => within(region()).getByRole('list', { name: 'What happened next (later reporting)' });

  beforeEach(() => {
    // jsdom has no object URLs: the downloads with later reporting are made in the browser.
    URL.createObjectURL = vi.fn((blob: Blob) => `blob:test/${blob.size}`);
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => {
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });

  it('draws the later events on an axis that runs on to August 31, 2021, and lists all 30 after the story’s, each marked Later reporting', () => {
    const { container } = renderWithProviders(<Timeline hindsight={hindsightLayer} />);
    // The story's list is unchanged; the later events follow in a list of their own, in date order.
    expect(within(eventList()).getAllByRole('listitem')).toHaveLength(timelineEvents.filter((e) => e.inArticle).length);
    const rows = within(laterList()).getAllByRole('listitem');
    expect(rows.map((row) => row.id)).toEqual(laterEvents.map((event) => `event-${event.id}`));
    expect(new Set([...container.querySelectorAll('li[id^="event-"]')].map((li) => li.id)).size).toBe(
      container.querySelectorAll('li[id^="event-"]').length,
    );
    const dates = rows.map((row) => row.querySelector('time')!.getAttribute('datetime')!);
    // In date order (a month-precision event, "May 2021", sits among its month's days).
    const months = dates.map((date) => date.slice(0, 7));
    expect(months).toEqual([...months].sort());
    expect(dates.filter((date) => date > '2021-03-07').length).toBeGreaterThanOrEqual(15);
    for (const row of rows) {
      expect(within(row).getAllByRole('button', { name: /^Later reporting: / })).toHaveLength(1);
      expect(within(row).queryByRole('button', { name: /^Source|^Background/ })).toBeNull();
    }
    // The four events past the axis's end say so in words, in the row and in the chart's key.
    const past = rows.filter((row) => row.textContent!.includes('(after the chart’s end)'));
    expect(past.map((row) => row.id)).toEqual(pastChart.map((event) => `event-${event.id}`));
    const figure = within(region()).getByRole('figure', { name: /main events and the phases/ });
    expect(figure.querySelector('figcaption')!.textContent).toContain(
      `${pastChart.length} later events come after the chart’s end (August 31, 2021) and are only listed.`,
    );
    expect(figure.querySelector('.tl-legend')!.textContent).toContain('Later reporting');
    // On the chart: a marker for every later event up to August 31, the story's all kept, the axis stretched anew.
    const laterDots = [...container.querySelectorAll('.tl-dot[data-source="later"]')].map((dot) => dot.getAttribute('data-event-id'));
    expect(laterDots.sort()).toEqual(laterEvents.filter((event) => event.date <= '2021-08-31').map((event) => event.id).sort());
    expect(container.querySelectorAll('.tl-dot:not([data-source="later"])')).toHaveLength(timelineEvents.length);
    expect(container.querySelector('.tl-labels')!.textContent).toMatch(/Last 19 months drawn \d+ times wider.*May 1 deadline/);
    // The downloads gain the later rows, made from the layer, with names that say so.
    const links = within(region()).getAllByRole('link', { name: /\((CSV|JSON)\)$/ });
    expect(links.map((link) => [link.getAttribute('href')?.startsWith('blob:'), link.getAttribute('download')])).toEqual([
      [true, 'timeline-events-with-later-reporting.csv'],
      [true, 'timeline-events-with-later-reporting.json'],
      [true, 'us-troops-in-afghanistan-with-later-reporting.csv'],
      [true, 'us-troops-in-afghanistan-with-later-reporting.json'],
    ]);
    expect(within(region()).getByText(/source_type says where it comes from/).textContent).toContain('later (Later reporting');
  });

  it('runs the rows’ one tab stop on into the later events, and opens one a link names', async () => {
    const user = userEvent.setup();
    const { container } = renderWithProviders(<Timeline hindsight={hindsightLayer} linkedEvent="last-us-flight" navigation={1} />);
    const flight = within(laterList()).getByRole('button', { name: /The last U.S./ });
    expect(flight.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(flight);
    expect(flight.tabIndex).toBe(0);
    expect(container.querySelector('[data-event-id="last-us-flight"]')?.getAttribute('data-selected')).toBe('true');
    const details = document.getElementById(flight.getAttribute('aria-controls')!)!;
    expect(within(details).getByRole('link', { name: 'Link to this event' }).getAttribute('href')).toBe('#event-last-us-flight');
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(within(laterList()).getAllByRole('button', { expanded: false }).at(-1));
    act(() => rowButton('Deadline for the last U.S. troops').focus());
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.closest('li')?.id).toBe(`event-${laterEvents[0]!.id}`);
  });
});
