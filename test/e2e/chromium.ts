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
 * Each island of a page hydrates as its own root when the reader nears it
 * (see islands.test.ts). Feature tests that are not about that timing call
 * this first: it scrolls each waiting island into view until every visible
 * one is live (`data-live`), then returns to the top (or stays, with
 * `keepScroll`, e.g. where a deep link had put the reader).
 */
export const hydrateAll = async (page: Page, { keepScroll = false }: { keepScroll?: boolean } = {}): Promise<void> => {
  const start = await page.evaluate(() => window.scrollY);
  await page.evaluate(async () => {
    // Islands start watching the viewport once the reader has begun (a scroll, a key, a touch).
    window.dispatchEvent(new Event('scroll'));
    const waiting = () => Array.from(document.querySelectorAll<HTMLElement>('[data-island]:not([data-live])'))
      .filter((island) => Array.from(island.children).some((child) => (child as HTMLElement).offsetParent !== null || child.getClientRects().length > 0));
    for (let visits = 0; visits < 60; visits += 1) {
      const [next] = waiting();
      if (next === undefined) return;
      (next.firstElementChild ?? next).scrollIntoView({ behavior: 'instant', block: 'start' });
      const started = performance.now();
      while (next.dataset.live === undefined && performance.now() - started < 30_000) await new Promise((resolve) => setTimeout(resolve, 25));
      if (next.dataset.live === undefined) {
        // Say what might explain it: a script that failed to load, or an island that never started.
        const failed = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((entry) => entry.responseStatus === 0 || entry.responseStatus >= 400)
          .map((entry) => `${new URL(entry.name).pathname} (${entry.responseStatus})`);
        throw new Error(`island "${next.dataset.island}" ${next.dataset.props ?? ''} did not go live within 30 s of being scrolled to; failed loads: [${failed.join(', ')}]`);
      }
    }
  });
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
