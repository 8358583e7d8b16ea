import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hydrateIslands } from '../../src/app/hydrateIslands';
import { proposals } from '../../src/content/proposals';
import { highlightsFor } from '../../src/features/actors/involvement';
import { prerenderHtml } from '../prerender';

// The prerendered page woken island by island, as main.tsx does: each island hydrates as its
// own root without a mismatch, and the page state in src/app links them. The URL is read after
// hydration, the other features dim what the selected actor is not in, and the choice is written
// back to the URL. Scrolling, timing and real focus are checked in Chromium (test/e2e/islands.test.ts).
let container: HTMLDivElement;
let stop: (() => void) | undefined;
let consoleError: ReturnType<typeof vi.spyOn>;

/**
 * Console errors other than React's note that the server and client renderers
 * share context objects, which happens only here, where the build's prerender
 * and the browser's hydration run in one test process.
 */
const realConsoleErrors = () =>
  consoleError.mock.calls.map((call: unknown[]) => String(call[0])).filter((text: string) => !text.startsWith('Detected multiple renderers'));

const goTo = (url: string) => window.history.replaceState(null, '', url);

/** What the build and main.tsx do: HTML prerendered for `/` (no query), then each island woken at `url`. */
const hydrate = async (url: string) => {
  goTo('/');
  container = document.createElement('div');
  container.innerHTML = await prerenderHtml();
  document.body.append(container);
  goTo(url);
  // The app reads the address on every navigation; tell it this test's page is one.
  window.dispatchEvent(new PopStateEvent('popstate'));
  // jsdom has no IntersectionObserver, so every island starts at once.
  await act(async () => {
    stop = hydrateIslands(container);
  });
  await waitFor(() => expect(container.querySelectorAll('[data-island]:not([data-live])')).toHaveLength(0), { timeout: 20_000 });
};

const region = (name: string) => within(container).getByRole('region', { name });
const dimmedIn = (element: HTMLElement) => element.querySelectorAll('[data-dimmed="true"]').length;

beforeEach(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  act(() => stop?.());
  container.remove();
  stop = undefined;
  consoleError.mockRestore();
  goTo('/');
  window.dispatchEvent(new PopStateEvent('popstate'));
  document.querySelector('.selection-bar-root')?.remove();
});

describe('the article page, woken island by island', () => {
  it('hydrates every island without a mismatch', async () => {
    await hydrate('/');
    expect(realConsoleErrors()).toEqual([]);
    expect(container.querySelectorAll('[data-island][data-live]').length).toBeGreaterThan(10);
  });

  it('restores ?actor= after hydrating the prerendered page, without a mismatch', async () => {
    await hydrate('/?actor=khalilzad');
    expect(realConsoleErrors()).toEqual([]);
    const actors = region('Who’s who');
    expect(within(actors).getByRole('button', { name: 'Zalmay Khalilzad', pressed: true })).toBeTruthy();
    expect(within(actors).getByRole('status').textContent).toMatch(/^Khalilzad: 1 proposal, 4 events/);

    const cards = region('The four proposals');
    const written = within(cards).getByText('Written proposals from Khalilzad');
    expect(written.closest('[data-dimmed]')).toBeNull();
    expect(dimmedIn(cards)).toBe(proposals.length - 1);

    const highlights = highlightsFor('khalilzad')!;
    const timeline = region('Timeline');
    expect(timeline.querySelectorAll('[data-dimmed="true"]').length).toBeGreaterThan(0);
    for (const id of highlights.events) expect(timeline.querySelector(`#event-${id}`)?.getAttribute('data-dimmed')).toBeNull();
    expect(container.querySelector('#step-proposal-written')?.getAttribute('data-dimmed')).toBeNull();
    expect(container.querySelector('#step-letter-sent')?.getAttribute('data-dimmed')).toBe('true');
    expect((await within(document.body).findByText(/^Highlighting$/, undefined, { timeout: 20_000 })).closest('.selection-bar')).not.toBeNull();
  });

  // One hostile value here; the others (unknown, malformed) are checked in Chromium (test/e2e/actors.test.ts).
  it.each(['/?actor=%3Cscript%3Ealert(1)%3C%2Fscript%3E'])(
    'treats %s as no selection',
    async (url) => {
      await hydrate(url);
      expect(realConsoleErrors()).toEqual([]);
      expect(dimmedIn(container)).toBe(0);
      expect(within(region('Who’s who')).queryAllByRole('button', { pressed: true })).toHaveLength(0);
      expect(`${window.location.pathname}${window.location.search}`).toBe(url);
    },
  );

  it('selecting writes ?actor= and dims the rest; selecting again clears both', async () => {
    const user = userEvent.setup();
    await hydrate('/?childId=ex-1');
    expect(dimmedIn(container)).toBe(0);
    await user.click(within(region('Who’s who')).getByRole('button', { name: 'Turkey', pressed: false }));
    expect(window.location.search).toBe('?childId=ex-1&actor=turkey');
    expect(dimmedIn(region('The four proposals'))).toBe(proposals.length - 1);
    await user.click(within(region('Who’s who')).getByRole('button', { name: 'Turkey', pressed: true }));
    expect(window.location.search).toBe('?childId=ex-1');
    expect(dimmedIn(container)).toBe(0);
    expect(screen.queryByText(/^Highlighting$/)).toBeNull();
  });

  it('clears from the bar as well', async () => {
    const user = userEvent.setup();
    await hydrate('/?actor=qatar');
    await user.click(await within(document.body).findByRole('button', { name: 'Clear highlight' }, { timeout: 20_000 }));
    expect(window.location.search).toBe('');
    expect(dimmedIn(container)).toBe(0);
  });
});
