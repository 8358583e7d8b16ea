import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { timelineEvents } from '../../src/content/timeline';
import { hydrateAll, openPage, useChromium } from './chromium';

const baseUrl = inject('baseUrl');
const env = useChromium();

/** The rows listed at first on the article page: the article's own events (background ones sit behind a switch). */
const articleEvents = timelineEvents.filter((event) => event.inArticle);

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
/** The rows' own buttons (date and title), not the source markers beside them. */
const eventButtons = (page: Page) =>
  timeline(page)
    .getByRole('list', { name: /^Events/ })
    .getByRole('button')
    .filter({ has: page.locator('time') });
const focusedEventId = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.rovingId ?? null);

/** Centres of the chart's event markers, in event order. */
const markerCentres = (page: Page) =>
  page.locator('.tl-dot').evaluateAll((dots) =>
    dots.map((dot) => {
      const box = dot.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }),
  );

describe('the timeline in Chromium', () => {
  it('holds the events as <time datetime> in ascending order, 2001 to 2021-05-01, marked article or background', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}/`);
    await hydrateAll(page);
    const dates = await timeline(page).locator('time[datetime]').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThanOrEqual(15);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]!.slice(0, 4)).toBe('2001');
    expect(dates[dates.length - 1]).toBe('2021-05-01');
    await timeline(page).scrollIntoViewIfNeeded();
    expect(await timeline(page).getByText('In the article', { exact: true }).first().isVisible()).toBe(true);
    expect(await timeline(page).getByText('Background', { exact: true }).first().isVisible()).toBe(true);
    // The article's own events as rows; the background ones behind a switch that counts them.
    expect(await eventButtons(page).count()).toBe(articleEvents.length);
    const toggle = timeline(page).getByRole('button', { name: /^Show background events \(\d+\)$/ });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await eventButtons(page).count()).toBe(timelineEvents.length);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleProblems).toEqual([]);
    expect(log.offsiteRequests).toEqual([]);
    await close();
  });

  it('runs the axis left to right when wide, top to bottom below 720 px, without sideways scrolling at 320 px', async () => {
    const wide = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
    await wide.page.goto(`${baseUrl}/`);
    await hydrateAll(wide.page);
    const across = await markerCentres(wide.page);
    expect(across[across.length - 1]!.x - across[0]!.x).toBeGreaterThan(800);
    // Proportional to time: the 2020–2021 stretch is wider than the 18 years before it would suggest.
    const at = (id: string) => across[timelineEvents.findIndex((e) => e.id === id)]!;
    expect(at('letter-reported').x - at('troops-2500').x).toBeGreaterThan(40);
    expect(at('karzai-elected').x).toBeLessThan(at('surge-announced').x);
    await wide.close();

    const narrow = await openPage(env.browser, { viewport: { width: 320, height: 640 } });
    await narrow.page.goto(`${baseUrl}/`);
    await hydrateAll(narrow.page);
    const down = await markerCentres(narrow.page);
    expect(down[down.length - 1]!.y - down[0]!.y).toBeGreaterThan(500);
    expect(Math.max(...down.map((d) => d.x)) - Math.min(...down.map((d) => d.x))).toBeLessThan(160);
    const widths = await narrow.page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(widths.body).toBeLessThanOrEqual(widths.viewport);
    expect(narrow.log.consoleProblems).toEqual([]);
    await narrow.close();
  });

  it('moves focus between rows with the arrow keys (the list runs down at every width) and Home/End; Enter opens details', async () => {
    const wide = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
    await wide.page.goto(`${baseUrl}/`);
    await hydrateAll(wide.page);
    await eventButtons(wide.page).first().focus();
    await wide.page.keyboard.press('ArrowRight');
    expect(await focusedEventId(wide.page)).toBe(articleEvents[1]!.id);
    await wide.page.keyboard.press('End');
    expect(await focusedEventId(wide.page)).toBe('may-1-deadline');
    await wide.page.keyboard.press('ArrowLeft');
    expect(await focusedEventId(wide.page)).toBe('letter-reported');
    await wide.page.keyboard.press('ArrowDown');
    expect(await focusedEventId(wide.page)).toBe('may-1-deadline');
    await wide.page.keyboard.press('Home');
    expect(await focusedEventId(wide.page)).toBe('war-begins');
    await wide.page.keyboard.press('Enter');
    const first = eventButtons(wide.page).first();
    expect(await first.getAttribute('aria-expanded')).toBe('true');
    expect(await wide.page.locator('#event-war-begins-details').isVisible()).toBe(true);
    // Tab leaves the list from the one tab stop: it never walks through all 24 events.
    await wide.page.keyboard.press('Shift+Tab');
    expect(await focusedEventId(wide.page)).not.toBe(timelineEvents[0]!.id);
    await wide.close();

    const narrow = await openPage(env.browser, { viewport: { width: 390, height: 844 } });
    await narrow.page.goto(`${baseUrl}/`);
    await hydrateAll(narrow.page);
    await eventButtons(narrow.page).nth(3).focus();
    await narrow.page.keyboard.press('ArrowDown');
    expect(await focusedEventId(narrow.page)).toBe(articleEvents[4]!.id);
    await narrow.page.keyboard.press('ArrowUp');
    await narrow.page.keyboard.press('ArrowUp');
    expect(await focusedEventId(narrow.page)).toBe(articleEvents[2]!.id);
    await narrow.close();
  });

  it('opens and scrolls to #event-<id>, and ignores an unknown id', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/#event-doha-agreement`);
    const button = page.locator('#event-doha-agreement button[aria-expanded]');
    // The timeline's part goes live first (its script path): more than expect.poll's 1 s default on a loaded machine.
    await expect.poll(() => button.getAttribute('aria-expanded'), { timeout: 10_000 }).toBe('true');
    await expect.poll(() => focusedEventId(page)).toBe('doha-agreement');
    const inView = await page.locator('#event-doha-agreement').evaluate((item) => {
      const box = item.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    // A later in-page link opens its event too.
    await page.evaluate(() => {
      window.location.hash = '#event-letter-reported';
    });
    await expect.poll(() => page.locator('#event-letter-reported button[aria-expanded]').getAttribute('aria-expanded')).toBe('true');
    // A link to a background event lists the background events and opens its row.
    await page.evaluate(() => {
      window.location.hash = '#event-bonn-agreement';
    });
    await expect.poll(() => page.locator('#event-bonn-agreement button[aria-expanded]').getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#event-bonn-agreement-details').isVisible()).toBe(true);

    expect(log.pageErrors).toEqual([]);
    expect(log.consoleProblems).toEqual([]);
    await close();

    for (const fragment of ['#event-no-such-event', '#%E0%A4%A', '#event-%3Cscript%3E']) {
      const fresh = await openPage(env.browser, { viewport: { width: 1280, height: 800 } });
      await fresh.page.goto(`${baseUrl}/${fragment}`);
      await hydrateAll(fresh.page);
      // Hydrated: the list reacts to the keyboard, so the fragment has been read by now.
      await eventButtons(fresh.page).first().focus();
      await fresh.page.keyboard.press('ArrowRight');
      expect(await focusedEventId(fresh.page)).toBe(articleEvents[1]!.id);
      expect(await fresh.page.locator('.tl-events button[aria-expanded="true"]').count()).toBe(0);
      expect(fresh.log.pageErrors).toEqual([]);
      await fresh.close();
    }
  });

  it('highlights a clicked marker’s event on the chart and names it under the chart; no troop curve', async () => {
    const { page, close } = await openPage(env.browser, { viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/`);
    await hydrateAll(page);
    // Never empty: before any choice, the readout names the event of the "as of" date.
    expect(await page.locator('.tl-readout__event').innerText()).toBe('March 7, 2021 Blinken’s letter to Ghani is reported');
    await page.locator('.tl-dot[data-event-id="troops-2500"]').click();
    expect(await page.locator('#event-troops-2500').getAttribute('data-selected')).toBe('true');
    expect(await page.locator('.tl-crosshair').evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    expect(await page.locator('.tl-readout__event').innerText()).toBe('January 15, 2021 U.S. troops cut to 2,500');
    expect(await page.locator('.tl-chart .tl-plot__area, .tl-chart .tl-troop').count()).toBe(0);
    await close();
  });

  it('lists every event and shows every row’s details without scripts, and hides the switch', async () => {
    const { page, close } = await openPage(env.browser, { viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    await page.goto(`${baseUrl}/`);
    const rows = timeline(page).locator('.tl-events > li');
    expect(await rows.count()).toBe(timelineEvents.length);
    for (const row of await rows.all()) {
      expect(await row.isVisible()).toBe(true);
      expect(await row.locator('.tl-event__details').isVisible()).toBe(true);
    }
    expect(await timeline(page).locator('.tl-filter').isVisible()).toBe(false);
    await close();
  });

  it('says “Click” to a mouse and “Tap” to a finger, from CSS alone (no script)', async () => {
    for (const { options, word } of [
      { options: { viewport: { width: 1280, height: 800 } }, word: /^Click/ },
      { options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }, word: /^Tap/ },
    ]) {
      const { page, close } = await openPage(env.browser, { ...options, javaScriptEnabled: false });
      await page.goto(`${baseUrl}/`);
      const hint = (await page.locator('.tl-readout__hint').innerText()).trim();
      expect(hint).toMatch(word);
      await close();
    }
  });

  it('serves the data downloads the page links to, as CSV and JSON that parse', async () => {
    const { page, close } = await openPage(env.browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}/`);
    await hydrateAll(page);
    const hrefs = await timeline(page).locator('a[download]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toHaveLength(4);
    for (const href of hrefs) {
      const response = await page.request.get(`${baseUrl}${href}`);
      expect(response.status(), href).toBe(200);
      const body = await response.text();
      if (href.endsWith('.json')) expect(() => JSON.parse(body)).not.toThrow();
      else expect(body.split('\r\n')[0]).toMatch(/^(id,date|date,troops)/);
    }
    const events = await (await page.request.get(`${baseUrl}/data/timeline-events.json`)).json();
    expect(events.events.map((e: { id: string }) => e.id)).toEqual(timelineEvents.map((e) => e.id));
    await close();
  });

  /** The opacity of one timeline-scene marker on every frame while the story moves from one step to the next. */
  const recordMarkerOpacity = async (reducedMotion: 'reduce' | 'no-preference') => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 1280, height: 900 }, reducedMotion });
    await page.goto(`${baseUrl}/`);
    await hydrateAll(page);
    await page.locator('#step-war-begins').evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await expect.poll(() => page.locator('[data-graphic-step="war-begins"]').count()).toBe(1);
    // Until the step's own transition has finished: the marker holds still for ten frames.
    await page.evaluate(async (dotIndex) => {
      let last = '';
      for (let still = 0, frames = 0; still < 10 && frames < 600; frames += 1) {
        await new Promise((done) => requestAnimationFrame(done));
        const now = getComputedStyle(document.querySelectorAll('.scene--timeline circle')[dotIndex]!).opacity;
        still = now === last ? still + 1 : 0;
        last = now;
      }
    }, timelineEvents.findIndex((e) => e.id === 'surge-announced'));
    const index = timelineEvents.findIndex((e) => e.id === 'surge-announced');
    const seen = await page.evaluate(async (dotIndex) => {
      const values = new Set<string>();
      let running = true;
      const sample = () => {
        const dot = document.querySelectorAll('.scene--timeline circle')[dotIndex];
        if (dot) values.add(getComputedStyle(dot).opacity);
        if (running) requestAnimationFrame(sample);
      };
      sample();
      document.getElementById('step-surge')?.scrollIntoView({ block: 'center', behavior: 'instant' });
      // Until the marker reaches full opacity and holds it for ten frames (or two seconds pass).
      const started = performance.now();
      let atFull = 0;
      while (atFull < 10 && performance.now() - started < 2_000) {
        await new Promise((done) => requestAnimationFrame(done));
        const dot = document.querySelectorAll('.scene--timeline circle')[dotIndex];
        atFull = dot !== undefined && getComputedStyle(dot).opacity === '1' ? atFull + 1 : 0;
      }
      running = false;
      return [...values].map(Number);
    }, index);
    expect(log.consoleProblems).toEqual([]);
    await close();
    return seen;
  };

  it('moves the story graphic’s highlight between steps with a transition, and instantly under reduced motion', async () => {
    const between = (values: number[]) => values.filter((value) => value > 0.36 && value < 0.99);
    const animated = await recordMarkerOpacity('no-preference');
    expect(animated).toContain(1);
    expect(between(animated).length).toBeGreaterThan(0);
    const reduced = await recordMarkerOpacity('reduce');
    expect(reduced).toContain(1);
    expect(between(reduced)).toEqual([]);
  });
});
