import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/browser.mjs';

/** globalSetup found the browser once (scripts/browser.mjs); every file launches that one, with our flags only. */
export const launchChromium = async (): Promise<Browser> =>
  chromium.launch({ executablePath: inject('chromiumPath'), args: [...CHROMIUM_ARGS], headless: true });

/** One Chromium for a whole test file, closed after it. Read `.browser` inside tests. */
export const useChromium = (): { browser: Browser } => {
  const context = {} as { browser: Browser };
  beforeAll(async () => {
    context.browser = await launchChromium();
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
 * The article hydrates part by part as the reader nears each one (see
 * deferred.test.ts). Feature tests that are not about that timing call this
 * first: it scrolls through the page so every part is live, then returns to
 * the top (or to `scrollBack`, e.g. where a deep link had put the reader).
 */
export const hydrateAll = async (page: Page, { keepScroll = false }: { keepScroll?: boolean } = {}): Promise<void> => {
  const start = await page.evaluate(() => window.scrollY);
  // Nested parts start watching only once their section is live, so visit each waiting part in turn.
  for (let visits = 0; visits < 40; visits += 1) {
    const waiting = await page.$('.deferred-part:not([data-hydrated])');
    if (waiting === null) break;
    await waiting.evaluate((part) => part.scrollIntoView({ behavior: 'instant', block: 'start' }));
    await page.waitForFunction((part) => part.hasAttribute('data-hydrated'), waiting, { timeout: 30_000 });
    await waiting.dispose();
  }
  await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), keepScroll ? start : 0);
};
