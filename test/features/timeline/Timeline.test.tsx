import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import facts from '../../../src/content/facts/us-troop-levels.json';
import { timelineEvents } from '../../../src/content/timeline';
import { Timeline } from '../../../src/features/timeline/Timeline';
import { renderWithProviders, withProviders } from '../../render';

// jsdom has no layout: positions, the vertical/horizontal switch, scrolling and real
// focus movement across the page are checked in Chromium (test/e2e/timeline.test.ts).
// The timeline is a large tree (chart, 24 events, 35 troop counts), and role queries
// compute names over all of it, so queries are scoped and the timeout is generous.

const region = () => screen.getByRole('region', { name: 'Timeline' });
const eventList = () => within(region()).getByRole('list', { name: /^Events/ });
const eventButton = (list: HTMLElement, title: string) => within(list).getByRole('button', { name: new RegExp(title) });
const itemOf = (element: HTMLElement) => element.closest('li')!;

beforeEach(() => {
  // jsdom does not implement scrolling.
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(() => {
  Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
});

describe('Timeline', { timeout: 30_000 }, () => {
  it('lists the events in an ordered list, each with a <time datetime>, from 2001 to May 1, 2021', () => {
    renderWithProviders(<Timeline />);
    const list = eventList();
    expect(list.tagName).toBe('OL');
    const times = Array.from(region().querySelectorAll('time')).map((time) => time.getAttribute('datetime') ?? '');
    expect(times.length).toBeGreaterThanOrEqual(15);
    expect(times).toEqual(timelineEvents.map((event) => event.date));
    expect(times).toEqual([...times].sort());
    expect(times[0]!.startsWith('2001')).toBe(true);
    expect(times[times.length - 1]).toBe('2021-05-01');
    expect(within(list).getAllByRole('listitem')).toHaveLength(timelineEvents.length);
  });

  it('marks each event "In the article" or "Background", visibly and in the name screen readers hear', () => {
    renderWithProviders(<Timeline />);
    const list = eventList();
    expect(within(list).getAllByText('In the article').length).toBe(timelineEvents.filter((e) => e.inArticle).length);
    expect(within(list).getAllByText('Background').length).toBe(timelineEvents.filter((e) => !e.inArticle).length);
    expect(within(list).getByRole('button', { name: /The Taliban abandon Kabul/, description: /In the article.*paragraph 4/ })).toBeTruthy();
    expect(within(list).getByRole('button', { name: /Bonn Agreement signed/, description: /Background.*BBC News/ })).toBeTruthy();
  });

  it('states the countdown from the letter to the deadline: 55 days', () => {
    renderWithProviders(<Timeline />);
    expect(within(region()).getByText(/^As of March 7, 2021/).textContent).toBe(
      'As of March 7, 2021, when the letter was reported: 55 days to the May 1 deadline.',
    );
  });

  it('gives the event list one tab stop and moves it with the arrow keys, Home and End', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Timeline />);
    const list = eventList();
    const buttons = within(list).getAllByRole('button', { expanded: false });
    expect(buttons.filter((b) => b.tabIndex === 0)).toEqual([buttons[0]]);
    act(() => buttons[0]!.focus());
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(buttons[1]);
    expect(buttons.filter((b) => b.tabIndex === 0)).toEqual([buttons[1]]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(eventButton(list, 'Deadline for the last U.S. troops'));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(eventButton(list, 'Deadline for the last U.S. troops'));
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(eventButton(list, 'Blinken’s letter to Ghani is reported'));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(buttons[0]);
  });

  it('opens an event’s details with Enter: the nearest troop count, who was involved, sources and a link', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Timeline />);
    const button = eventButton(eventList(), 'U.S.–Taliban agreement signed in Doha');
    const details = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(details.hidden).toBe(true);
    act(() => button.focus());
    await user.keyboard('{Enter}');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(details.hidden).toBe(false);
    expect(details.textContent).toContain('Nearest U.S. troop count: 13,000 (February 29, 2020)');
    expect(within(details).getByRole('button', { name: 'Source: RFE/RL paragraph 6' })).toBeTruthy();
    expect(within(details).getByRole('link', { name: 'Link to this event' }).getAttribute('href')).toBe('#event-doha-agreement');
    await user.keyboard('{Enter}');
    expect(details.hidden).toBe(true);
  });

  it('highlights a clicked event and its point on the troop chart', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Timeline />);
    const points = within(region()).getByRole('group', { name: /U.S. troop counts/ });
    expect(points.querySelector('[data-highlighted]')).toBeNull();
    const button = eventButton(eventList(), 'U.S. troops cut to 2,500');
    await user.click(button);
    expect(itemOf(button).dataset.selected).toBe('true');
    const highlighted = within(points).getByRole('button', { name: 'January 15, 2021: 2,500 U.S. troops' });
    expect(highlighted.dataset.highlighted).toBe('true');
    expect(points.querySelectorAll('[data-highlighted]')).toHaveLength(1);
  });

  it('selects an event from its marker on the chart, and makes it the list’s tab stop', () => {
    const { container } = renderWithProviders(<Timeline />);
    fireEvent.click(container.querySelector('[data-event-id="talks-open"]')!);
    expect(container.querySelector('[data-event-id="talks-open"]')?.getAttribute('data-selected')).toBe('true');
    const button = eventButton(eventList(), 'Government–Taliban talks open in Qatar');
    expect(itemOf(button).dataset.selected).toBe('true');
    expect(button.tabIndex).toBe(0);
  });

  it('shows a troop count’s sources on focus, and moves between counts with the arrow keys', async () => {
    const user = userEvent.setup();
    const { container } = renderWithProviders(<Timeline />);
    const points = within(region()).getAllByRole('button', { name: /U.S. troops$/ });
    act(() => points[0]!.focus());
    const readout = container.querySelector('.tl-readout')!;
    expect(readout.textContent).toContain('November 2001: 1,300 U.S. troops');
    expect(readout.textContent).toContain('Associated Press');
    expect(points[0]!.getAttribute('aria-describedby')?.split(' ')).toHaveLength(2);
    expect(document.getElementById(points[0]!.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent).toMatch(/^Associated Press/);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(points[points.length - 1]);
    expect(readout.textContent).toContain('January 15, 2021: 2,500 U.S. troops');
  });

  it('draws and tabulates exactly the fact sheet’s troop counts', () => {
    const { container } = renderWithProviders(<Timeline />);
    // Sources are the fact sheet's, less three reports from after March 7, 2021 (see troopText.test.ts).
    const later = /\((Mar|Apr) (\d+, )?2021\)/;
    const expected = facts
      .filter((f) => f.kind === 'snapshot')
      .map((f) => ({ date: f.date, troops: f.troops, sources: f.sources.filter((source) => !later.test(source)) }));
    expect(expected.find((e) => e.date === '2021-01-15')?.sources).toHaveLength(2);
    const table = within(region()).getByRole('table', { name: /U.S. troops in Afghanistan/ }) as HTMLTableElement;
    expect(
      Array.from(table.tBodies[0]!.rows, (row) => ({
        date: row.dataset.date,
        troops: Number(row.cells[1]!.textContent!.replace(/,/g, '')),
        sources: Array.from(row.cells[2]!.querySelectorAll('li'), (li) => li.textContent),
      })),
    ).toEqual(expected);
    const points = within(region()).getByRole('group', { name: /U.S. troop counts/ });
    const pointNames = within(points).getAllByRole('button').map((b) => b.getAttribute('aria-label'));
    expect(pointNames.map((name) => Number(/: ([\d,]+) U\.S\./.exec(name ?? '')?.[1]?.replace(/,/g, '')))).toEqual(
      expected.map((e) => e.troops),
    );
    expect(container.querySelector('.tl-plot__area')?.getAttribute('d')?.match(/[ML]/g)).toHaveLength(expected.length + 2);
  });

  it('has a chart named for its troops, with a summary, caveats, the phases and the data as its text alternative', () => {
    renderWithProviders(<Timeline />);
    const figure = within(region()).getByRole('figure', { name: /U.S. troops in Afghanistan/ });
    const caption = figure.querySelector('figcaption')!;
    expect(caption.textContent).toContain('rose from about 2,500 at the end of 2001 to about 100,000');
    expect(caption.textContent).toContain('The Pentagon changed how it counted in August 2017');
    for (const phase of ['Combat mission', 'Training mission', 'Doha timetable']) expect(within(caption).getByText(phase)).toBeTruthy();
    expect(within(caption).getByRole('table')).toBeTruthy();
  });

  it('dims the events a selection elsewhere does not involve', () => {
    renderWithProviders(<Timeline highlightedEvents={new Set(['doha-agreement'])} />);
    const list = eventList();
    expect(itemOf(eventButton(list, 'U.S.–Taliban agreement signed in Doha')).dataset.dimmed).toBeUndefined();
    expect(itemOf(eventButton(list, 'Bonn Agreement signed')).dataset.dimmed).toBe('true');
  });

  it('opens and scrolls to the event a followed #event-<id> link names, on load and at each later navigation', () => {
    const { rerender } = renderWithProviders(<Timeline linkedEvent="talks-open" navigation={1} />);
    const list = eventList();
    const talks = eventButton(list, 'Government–Taliban talks open in Qatar');
    expect(talks.getAttribute('aria-expanded')).toBe('true');
    expect(itemOf(talks).dataset.selected).toBe('true');
    expect(document.activeElement).toBe(talks);
    expect(Element.prototype.scrollIntoView).toHaveBeenCalledTimes(1);
    rerender(withProviders(<Timeline linkedEvent="letter-reported" navigation={2} />));
    expect(eventButton(list, 'Blinken’s letter to Ghani is reported').getAttribute('aria-expanded')).toBe('true');
    expect(Element.prototype.scrollIntoView).toHaveBeenCalledTimes(2);
  });

  it('does not reopen a link the reader has since closed, until it is followed again', () => {
    const { rerender } = renderWithProviders(<Timeline linkedEvent="talks-open" navigation={1} />);
    const talks = eventButton(eventList(), 'Government–Taliban talks open in Qatar');
    fireEvent.click(talks);
    expect(talks.getAttribute('aria-expanded')).toBe('false');
    rerender(withProviders(<Timeline linkedEvent="talks-open" navigation={1} highlightedEvents={new Set(['talks-open'])} />));
    expect(talks.getAttribute('aria-expanded')).toBe('false');
    rerender(withProviders(<Timeline linkedEvent="talks-open" navigation={2} />));
    expect(talks.getAttribute('aria-expanded')).toBe('true');
  });

  it.each(['no-such-event', '__proto__', '<script>', ''])('ignores a link to %j', (id) => {
    renderWithProviders(<Timeline linkedEvent={id} navigation={1} />);
    const list = eventList();
    expect(within(list).queryAllByRole('button', { expanded: true })).toHaveLength(0);
    expect(list.querySelector('[data-selected]')).toBeNull();
    expect(Element.prototype.scrollIntoView).not.toHaveBeenCalled();
  });

  it('links to the events and the troop series as CSV and JSON downloads', () => {
    renderWithProviders(<Timeline />);
    const links = within(region()).getAllByRole('link', { name: /\((CSV|JSON)\)$/ });
    expect(links.map((link) => [link.getAttribute('href'), link.hasAttribute('download')])).toEqual([
      ['/data/timeline-events.csv', true],
      ['/data/timeline-events.json', true],
      ['/data/us-troops-in-afghanistan.csv', true],
      ['/data/us-troops-in-afghanistan.json', true],
    ]);
  });
});
