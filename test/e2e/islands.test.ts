import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, settle, useChromium } from './chromium';

// The loading model (README, "How the page loads"): the page is prerendered,
// and each island hydrates as its own root when the reader nears or touches
// it. Nothing a reader does early is lost: a click or key on an island that is
// not live yet is held and acted on once it is. Checked the hard way: a CPU
// slowed 4x, acting the moment DOMContentLoaded fires, before anything is live.

const baseUrl = inject('baseUrl');
const env = useChromium();

const throttled = async (url: string, viewport = { width: 1280, height: 900 }, clickAtLoad?: string) => {
  const opened = await openPage(env.browser, { viewport });
  if (clickAtLoad !== undefined) await opened.page.addInitScript(clickAtDomContentLoaded, clickAtLoad);
  const cdp: CDPSession = await opened.page.context().newCDPSession(opened.page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await opened.page.goto(`${baseUrl}${url}`, { waitUntil: 'domcontentloaded' });
  return opened;
};

/** Clicks `selector` the moment DOMContentLoaded fires: before any island can be live. */
const clickAtDomContentLoaded = (selector: string) => {
  document.addEventListener('DOMContentLoaded', () => {
    const target = document.querySelector<HTMLElement>(selector);
    (window as unknown as { __clickedLive: boolean | null }).__clickedLive = target?.closest('[data-island]')?.hasAttribute('data-live') ?? null;
    target?.click();
  });
};
const wasLiveAtClick = (page: Page) => page.evaluate(() => (window as unknown as { __clickedLive: boolean | null }).__clickedLive);

const isLive = (page: Page, island: string) =>
  page.evaluate((name) => document.querySelector(`[data-island="${name}"]`)?.hasAttribute('data-live') ?? false, island);

describe('input right after DOMContentLoaded, CPU slowed 4x', () => {
  it('a click on the Embed button opens the dialog once the header is live', async () => {
    const { page, log, close } = await throttled('/', undefined, '.embed-button');
    expect(await wasLiveAtClick(page)).toBe(false);
    await expect.poll(() => page.getByRole('dialog', { name: 'Embed this explainer' }).isVisible(), { timeout: 20_000 }).toBe(true);
    expect(log.pageErrors).toEqual([]);
    await close();
  });

  it('a tap on a proposal card opens it, once (no second press needed, none doubled)', async () => {
    const { page, log, close } = await throttled('/', { width: 390, height: 844 });
    expect(await isLive(page, 'proposals')).toBe(false);
    const toggle = page.getByRole('button', { name: /^Proposal 1:/ });
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded'), { timeout: 20_000 }).toBe('true');
    await settle(page);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(log.pageErrors).toEqual([]);
    await close();
  });

  it('an actor toggle selects across the page and records it in the address', async () => {
    const { page, log, close } = await throttled('/');
    expect(await isLive(page, 'actors')).toBe(false);
    const khalilzad = page.getByRole('region', { name: 'Who’s who' }).getByRole('button', { name: 'Zalmay Khalilzad', exact: true });
    await khalilzad.click();
    await expect.poll(() => khalilzad.getAttribute('aria-pressed'), { timeout: 20_000 }).toBe('true');
    expect(new URL(page.url()).searchParams.get('actor')).toBe('khalilzad');
    expect(log.pageErrors).toEqual([]);
    await close();
  });

  it('an arrow key on a timeline event moves to the next event', async () => {
    const { page, log, close } = await throttled('/');
    expect(await isLive(page, 'timeline')).toBe(false);
    // The rows' own buttons (date and title), not the source markers beside them.
    const events = page
      .getByRole('region', { name: 'Timeline' })
      .getByRole('list', { name: /^Events/ })
      .getByRole('button')
      .filter({ has: page.locator('time') });
    await events.first().focus();
    await page.keyboard.press('ArrowRight');
    const second = await events.nth(1).getAttribute('data-roving-id');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-roving-id')), { timeout: 20_000 }).toBe(second);
    expect(log.pageErrors).toEqual([]);
    await close();
  });

  it('a tap on a source marker in the story opens its source note, and does not leave the story', async () => {
    const marker = '[data-island="section"] .cite__button';
    const { page, log, close } = await throttled('/', { width: 390, height: 844 }, marker);
    expect(await wasLiveAtClick(page)).toBe(false);
    await expect.poll(() => page.locator(marker).first().getAttribute('data-open'), { timeout: 20_000 }).toBe('true');
    expect(new URL(page.url()).hash).toBe('');
    expect(log.pageErrors).toEqual([]);
    await close();
  });

  it('a key pressed in ?present before the deck is ready is acted on', async () => {
    // Slide 6 reveals nothing, so the key moves a whole slide.
    const { page, log, close } = await throttled('/?present&slide=6');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).searchParams.get('slide'), { timeout: 20_000 }).toBe('7');
    expect(await page.getByRole('group', { name: /^7 of / }).count()).toBe(1);
    expect(log.pageErrors).toEqual([]);
    await close();
  });
});

describe('the deck at first paint', () => {
  // Records, from the first script on, whether the article's headline was ever rendered visible.
  const watchArticle = () => {
    const seen: string[] = [];
    (window as unknown as { __articleSeen: string[] }).__articleSeen = seen;
    const check = (when: string) => {
      const headline = document.querySelector('h1.intro__title');
      if (headline instanceof HTMLElement && headline.checkVisibility()) seen.push(when);
    };
    document.addEventListener('DOMContentLoaded', () => check('DOMContentLoaded'));
    const frame = () => {
      check('frame');
      if (!document.querySelector('.deck')) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  };

  it('?present&slide=5 never paints the article and shows slide 5', async () => {
    const opened = await openPage(env.browser, { viewport: { width: 1280, height: 800 } });
    await opened.page.addInitScript(watchArticle);
    await opened.page.goto(`${baseUrl}/?present&slide=5`);
    await opened.page.getByRole('group', { name: /^5 of / }).waitFor();
    expect(await opened.page.evaluate(() => (window as unknown as { __articleSeen: string[] }).__articleSeen)).toEqual([]);
    expect(opened.log.pageErrors).toEqual([]);
    await opened.close();
  });

  it('beside an open deck window on another slide, a new ?present&slide=5 window still shows slide 5', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const first = await context.newPage();
    await first.goto(`${baseUrl}/?present&slide=2`);
    await first.getByRole('group', { name: /^2 of / }).waitFor();
    const second = await context.newPage();
    await second.addInitScript(watchArticle);
    await second.goto(`${baseUrl}/?present&slide=5`);
    await second.getByRole('group', { name: /^5 of / }).waitFor();
    await settle(second);
    await settle(first);
    await settle(second);
    expect(new URL(second.url()).searchParams.get('slide')).toBe('5');
    expect(await second.getByRole('group', { name: /^5 of / }).count()).toBe(1);
    expect(new URL(first.url()).searchParams.get('slide')).toBe('2');
    expect(await second.evaluate(() => (window as unknown as { __articleSeen: string[] }).__articleSeen)).toEqual([]);
    await context.close();
  });
});

describe('islands', () => {
  it('hydrate without a mismatch, and only when the reader nears them', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}/`);
    await page.waitForLoadState('load');
    await expect.poll(() => isLive(page, 'header')).toBe(true);
    expect(await isLive(page, 'sources')).toBe(false);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.locator('[data-island="sources"]').evaluate((el) => el.firstElementChild?.scrollIntoView({ block: 'start' }));
    await expect.poll(() => isLive(page, 'sources'), { timeout: 20_000 }).toBe(true);
    expect(requested.some((path) => /SourcesIsland/.test(path))).toBe(true);
    expect(log.consoleProblems).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    await close();
  });

  it('load nothing while the page is flung, then what is near where the scroll rests, and never what was flung past', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl}/`);
    await page.waitForLoadState('load');
    await expect.poll(() => isLive(page, 'header')).toBe(true);
    // A fling: one scroll step per frame, top to bottom in two seconds. Each step's time is kept.
    const fling = await page.evaluate(() => new Promise<{ steps: number[]; since: number }>((resolve) => {
      const total = document.documentElement.scrollHeight - innerHeight;
      const since = performance.now();
      const steps: number[] = [];
      const step = (now: number) => {
        const progress = Math.min(1, (now - since) / 2_000);
        scrollTo({ top: total * progress, behavior: 'instant' });
        steps.push(performance.now());
        if (progress < 1) requestAnimationFrame(step);
        else resolve({ steps, since });
      };
      requestAnimationFrame(step);
    }));
    await expect.poll(() => isLive(page, 'sources'), { timeout: 20_000 }).toBe(true);
    const islandFetches = await page.evaluate((since) => (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => entry.startTime > since && /Island/.test(entry.name))
      .map((entry) => ({ path: new URL(entry.name).pathname, at: entry.startTime })), fling.since);
    // Each island's code was fetched only after the page had been still for a while (the loader waits 150 ms):
    // before the fetch, some pause between two scroll steps, or since the last one, lasted 140 ms or more.
    const longestStillBefore = (at: number) => {
      const before = [...fling.steps.filter((step) => step <= at), at];
      return Math.max(...before.slice(1).map((step, index) => step - before[index]!));
    };
    expect(islandFetches.filter((fetch) => longestStillBefore(fetch.at) < 140)).toEqual([]);
    // Parts flung past were never loaded, unless the page stalled for the rest time over them (a loaded machine).
    const gaps = fling.steps.slice(1).map((step, index) => step - fling.steps[index]!);
    if (Math.max(...gaps) < 140) expect(islandFetches.map((fetch) => fetch.path).filter((path) => /TimelineIsland|TroopsIsland|ProposalsIsland/.test(path))).toEqual([]);
    expect(islandFetches.some((fetch) => /SourcesIsland/.test(fetch.path))).toBe(true);
    expect(log.pageErrors).toEqual([]);
    await close();
  });
});
