import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import type { AppMode } from '../../src/app/mode';
import { proposals } from '../../src/content/proposals';
import { highlightsFor } from '../../src/features/actors/involvement';
import { actorSelectionStore } from '../../src/features/actors/selectionStore';
import { prerenderHtml } from '../prerender';

// The linked selection across the whole page: the URL is read after hydration, the other
// features dim what the selected actor is not in, and the choice is written back to the URL.
// Scrolling, layout and real focus movement are checked in Chromium (test/e2e/actors.test.ts).
const article: AppMode = { kind: 'article', theme: null };
let container: HTMLDivElement;
let root: Root | undefined;
let consoleError: ReturnType<typeof vi.spyOn>;
/** Hydration mismatches: React reports them here and then re-renders the page from scratch. */
let recoverableErrors: unknown[] = [];

/**
 * Console errors other than React's note that the server and client renderers
 * share context objects, which happens only here, where the build's prerender
 * and the browser's hydration run in one test process.
 */
const realConsoleErrors = () =>
  consoleError.mock.calls.map((call: unknown[]) => String(call[0])).filter((text: string) => !text.startsWith('Detected multiple renderers'));

const goTo = (url: string) => window.history.replaceState(null, '', url);

/** What the build and main.tsx do: HTML prerendered for `/` (no query), then hydrateRoot on it at `url`. */
const hydrate = async (url: string) => {
  goTo('/');
  container = document.createElement('div');
  container.innerHTML = await prerenderHtml();
  document.body.append(container);
  goTo(url);
  await act(async () => {
    root = hydrateRoot(container, <App mode={article} deferral="when-visible" />, {
      onRecoverableError: (error) => recoverableErrors.push(error),
    });
  });
  // Every part hydrates once its code arrives (jsdom has no IntersectionObserver, so at once).
  await waitFor(() => expect(container.querySelectorAll('.deferred-part:not([data-hydrated])')).toHaveLength(0), {
    timeout: 20_000,
  });
};

const region = (name: string) => within(container).getByRole('region', { name });
const dimmedIn = (element: HTMLElement) => element.querySelectorAll('[data-dimmed="true"]').length;

beforeEach(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  recoverableErrors = [];
});
afterEach(() => {
  act(() => root?.unmount());
  container.remove();
  root = undefined;
  consoleError.mockRestore();
  goTo('/');
  actorSelectionStore.set(null);
});

describe('ArticleView selection', () => {
  it('restores ?actor= after hydrating the prerendered page, without a mismatch', async () => {
    await hydrate('/?actor=khalilzad');
    expect(recoverableErrors).toEqual([]);
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
    expect((await within(container).findByText(/^Highlighting$/, undefined, { timeout: 20_000 })).closest('.selection-bar')).not.toBeNull();
  });

  it.each(['/?actor=%3Cscript%3Ealert(1)%3C%2Fscript%3E', '/?actor=nobody', '/?actor=%E0%A4%A'])(
    'treats %s as no selection',
    async (url) => {
      await hydrate(url);
      expect(recoverableErrors).toEqual([]);
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
    await user.click(within(container).getByRole('button', { name: 'Clear highlight' }));
    expect(window.location.search).toBe('');
    expect(dimmedIn(container)).toBe(0);
  });
});
