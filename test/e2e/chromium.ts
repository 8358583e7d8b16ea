import { chromium, type Browser, type BrowserContextOptions, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/** The one Chromium globalSetup started (found by scripts/browser.mjs, launched with our flags only). */
const connectChromium = async (): Promise<Browser> => chromium.connect(inject('chromiumEndpoint'));

/** A connection to the shared Chromium for a whole test file, closed after it. Read `.browser` inside tests. */
export const useChromium = (): { browser: Browser } => {
  const context = {} as { browser: Browser };
  beforeAll(async () => {
    context.browser = await connectChromium();
  });
  afterAll(async () => {
    await context.browser?.close();
  });
  return context;
};

/** What a page did that a test may want to fail on. */
export interface PageLog {
  readonly consoleProblems: string[];
  readonly pageErrors: string[];
  readonly offsiteRequests: string[];
}

const isOwnHost = (url: string): boolean => {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  try {
    const { hostname } = new URL(url);
    return hostname === '127.0.0.1' || hostname === 'localhost';
  } catch {
    return false;
  }
};

/** A fresh page that records console errors/warnings, page errors and every off-site request. */
export const openPage = async (
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; log: PageLog; close: () => Promise<void> }> => {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const log: PageLog = { consoleProblems: [], pageErrors: [], offsiteRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') log.consoleProblems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => log.pageErrors.push(error.message));
  context.on('request', (request) => {
    if (!isOwnHost(request.url())) log.offsiteRequests.push(request.url());
  });
  // Anything off-site is refused outright, so a stray request can never leave the machine.
  await context.route((url) => !isOwnHost(url.href), (route) => route.abort('blockedbyclient'));
  return { page, log, close: () => context.close() };
};

/**
 * Each island of a page hydrates as its own root when the reader nears it or
 * reaches for it (see islands.test.ts). Feature tests that are not about that
 * timing call this first: it reaches for every visible waiting island at once
 * (a pointer over it), then scrolls any still waiting into view one by one,
 * until every visible one is live (`data-live`); then returns to the top (or
 * stays, with `keepScroll`, e.g. where a deep link had put the reader).
 *
 * Under a full run on two cores the browser can go seconds without painting
 * a frame for a page, and the viewport watch (IntersectionObserver) runs only
 * with frames. An island scrolled to and still waiting after NUDGE_AFTER_MS
 * is reached for again, and the run says so; one that still never goes live
 * fails with what the page was doing.
 */
const NUDGE_AFTER_MS = 5_000;
const GIVE_UP_AFTER_MS = 30_000;

export const hydrateAll = async (page: Page, { keepScroll = false }: { keepScroll?: boolean } = {}): Promise<void> => {
  const start = await page.evaluate(() => window.scrollY);
  const nudged = await page.evaluate(async ({ nudgeAfter, giveUpAfter }) => {
    // Islands start watching the viewport once the reader has begun (a scroll, a key, a touch).
    window.dispatchEvent(new Event('scroll'));
    const waiting = () => Array.from(document.querySelectorAll<HTMLElement>('[data-island]:not([data-live])'))
      .filter((island) => Array.from(island.children).some((child) => (child as HTMLElement).offsetParent !== null || child.getClientRects().length > 0));
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const framesIn = (ms: number) => new Promise<number>((resolve) => {
      let frames = 0;
      const count = () => {
        frames += 1;
        requestAnimationFrame(count);
      };
      requestAnimationFrame(count);
      setTimeout(() => resolve(frames), ms);
    });
    const nudgedIslands: string[] = [];
    // First, reach for every waiting island at once, as a pointer would (the path islands.test.ts covers): they
    // load and hydrate side by side, with no scrolling and no wait for the scroll to rest before each.
    waiting().forEach((island) => (island.firstElementChild ?? island).dispatchEvent(new PointerEvent('pointerover', { bubbles: true })));
    const reachedAt = performance.now();
    while (waiting().length > 0 && performance.now() - reachedAt < nudgeAfter) await pause(25);
    // Any still waiting (one that came into being meanwhile, or one that missed the pointer) is scrolled to, one by one.
    for (let visits = 0; visits < 60; visits += 1) {
      const [next] = waiting();
      if (next === undefined) return nudgedIslands;
      const target = next.firstElementChild ?? next;
      target.scrollIntoView({ behavior: 'instant', block: 'start' });
      const started = performance.now();
      let isNudged = false;
      while (next.dataset.live === undefined && performance.now() - started < giveUpAfter) {
        if (!isNudged && performance.now() - started > nudgeAfter) {
          isNudged = true;
          nudgedIslands.push(`${next.dataset.island} ${next.dataset.props ?? ''} (${await framesIn(500)} frames in the next 0.5 s)`);
          target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
        }
        await pause(25);
      }
      if (next.dataset.live === undefined) {
        // Say what might explain it: a script that failed to load, no frames, an island that never started.
        const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const failed = resources.filter((entry) => entry.responseStatus === 0 || entry.responseStatus >= 400)
          .map((entry) => `${new URL(entry.name).pathname} (${entry.responseStatus})`);
        const scripts = resources.filter((entry) => entry.name.endsWith('.js')).map((entry) => new URL(entry.name).pathname.split('/').pop());
        const box = target.getBoundingClientRect();
        throw new Error(`island "${next.dataset.island}" ${next.dataset.props ?? ''} did not go live within ${giveUpAfter / 1000} s of being scrolled to and reached for; `
          + `failed loads: [${failed.join(', ')}]; scripts loaded: [${scripts.join(', ')}]; its top at ${Math.round(box.top)} px, scrollY ${Math.round(window.scrollY)}; `
          + `${await framesIn(1_000)} frames in 1 s; visibility ${document.visibilityState}`);
      }
    }
    return nudgedIslands;
  }, { nudgeAfter: NUDGE_AFTER_MS, giveUpAfter: GIVE_UP_AFTER_MS });
  if (nudged.length > 0) console.warn(`hydrateAll on ${page.url()}: reached for islands the viewport watch had not started within ${NUDGE_AFTER_MS / 1000} s: ${nudged.join('; ')}`);
  await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), keepScroll ? start : 0);
};

/**
 * Lets the page finish what it was doing: a rendered frame, then an idle
 * moment (pending tasks, messages and renders done). For checks that
 * nothing more happens, in place of a guessed sleep.
 */
export const settle = async (target: Page | Frame): Promise<void> => {
  await target.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 2_000 })));
      }),
  );
};
