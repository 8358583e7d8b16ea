import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { briefingSlides } from '../../src/content/briefing';
import { presentUi } from '../../src/content/present';
import { ui } from '../../src/content/site';
import { hydrateAll, openPage, settle, useChromium } from './chromium';

const baseUrl = inject('baseUrl');
const env = useChromium();

/** The later fact sheet (a verbatim copy of ../shared/facts/after-march-2021.json). */
const sheet = JSON.parse(readFileSync(new URL('../fixtures/facts/after-march-2021.json', import.meta.url), 'utf8')) as {
  events: { date: string }[];
  troops: { date: string }[];
};
const sheetDates = new Set([...sheet.events, ...sheet.troops].map((entry) => entry.date));

/**
 * Every date after March 7, 2021 that a reader can see, outside "What happened
 * next": text nodes that are rendered (closed details and hidden nodes are
 * not), SVG labels included. The May 1, 2021 deadline is the story's future.
 */
const laterDatesShown = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
    const pattern = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:(\d{1,2})(?:[–-]\d{1,2})?,?\s+)?(2021)\b|\b2021-(\d\d)(?:-(\d\d))?\b/g;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent === null || parent.closest('#next, script, style') !== null || !parent.checkVisibility({ visibilityProperty: true })) continue;
      for (const match of (node.textContent ?? '').matchAll(pattern)) {
        const month = match[4] !== undefined ? Number(match[4]) : months.findIndex((name) => name.startsWith(match[1]!.toLowerCase())) + 1;
        const day = Number(match[5] ?? match[2] ?? 0);
        const isLater = month > 3 || (month === 3 && day > 7);
        // The deadline's day, or its month on an axis ("May 2021").
        const isDeadline = month === 5 && (day === 1 || day === 0);
        if (isLater && !isDeadline) found.push(`${match[0]} in “${(node.textContent ?? '').trim().slice(0, 80)}”`);
      }
    }
    return found;
  });

const switchIn = (page: Page, scope: string) => page.locator(scope).getByRole('button', { name: ui.hindsightSwitchLabel });

describe('the hindsight layer (issue #14)', () => {
  it('shows nothing after March 7, 2021 with the switch off, except inside “What happened next”', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/`);
    expect(await laterDatesShown(page), 'prerendered').toEqual([]);
    // Before any script, each Later marker leads to its report under Sources.
    const dangling = await page.locator('#next .cite__button').evaluateAll((links) =>
      links.map((link) => link.getAttribute('href') ?? '').filter((href) => document.getElementById(href.slice(1)) === null));
    expect(dangling).toEqual([]);
    expect(await page.locator('#next .cite__button').count()).toBeGreaterThan(10);
    await hydrateAll(page);
    expect(await laterDatesShown(page), 'live').toEqual([]);
    // The section itself says it is hindsight, and tells what happened to the last flight.
    const section = page.getByRole('region', { name: /What happened next \(written with hindsight, from later reporting\)/ });
    await expect.poll(() => section.getByText('August 30, 2021').count()).toBeGreaterThan(0);
    await close();
    expect(log.pageErrors).toEqual([]);
  });

  it('with ?hindsight: the later events, fates and answers, each with a Later reporting source and dates as the fact sheet gives them', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/?actor=khalilzad&hindsight`);
    await hydrateAll(page);
    await expect.poll(() => page.locator('header').getByRole('button', { name: ui.hindsightSwitchLabel }).getAttribute('aria-pressed')).toBe('true');
    const timeline = page.locator('#war');
    await expect.poll(() => timeline.locator('time[datetime^="2021-"]').evaluateAll((times) =>
      times.map((t) => t.getAttribute('datetime')!).filter((d) => d > '2021-03-07').length)).toBeGreaterThanOrEqual(15);
    // Every later date on the page is one the fact sheet gives.
    const later = await page.locator('time[datetime]').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!).filter((d) => /^2021-/.test(d) && d > '2021-03-07'));
    expect(later.filter((date) => !sheetDates.has(date))).toEqual([]);
    await expect.poll(() => page.locator('#proposals').getByText('What became of it').count()).toBe(4);
    await expect.poll(() => page.locator('#unknowns').getByText('With hindsight').count()).toBe(6);
    await expect.poll(() => page.locator('#actors').getByText('By October 2021').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#deadline').getByRole('complementary', { name: 'What became of the deadline' }).count()).toBe(1);
    // Each hindsight block carries a visible Later reporting marker.
    for (const scope of ['#proposals', '#unknowns', '#deadline']) {
      const blocks = await page.locator(`${scope} :is(.hindsight-aside, [class*="fate"], [class*="answer"])`).count();
      const markers = await page.locator(`${scope} .cite--later .cite__button`).filter({ visible: true }).count();
      expect(markers, scope).toBeGreaterThanOrEqual(Math.min(blocks, 1));
    }
    // The selection in the address and the layer combine.
    expect(new URL(page.url()).search).toBe('?actor=khalilzad&hindsight');
    await close();
    expect(log.pageErrors).toEqual([]);
  });

  it('is switched from the keyboard, is kept in the address and across a reload, is announced, and never moves the reader’s place', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/?actor=ghani`);
    await hydrateAll(page);
    const header = switchIn(page, 'header');
    await header.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => header.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => new URL(page.url()).search).toBe('?actor=ghani&hindsight');
    await expect.poll(() => page.locator('header [role="status"]').textContent()).toBe(ui.hindsightAnnounceOn);
    await expect.poll(() => page.locator('#proposals').getByText('What became of it').count()).toBe(4);
    await page.reload();
    await hydrateAll(page);
    await expect.poll(() => switchIn(page, 'header').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.locator('#unknowns').getByText('With hindsight').count()).toBe(6);

    // From the switch at the end of the page, with everything above it changing: the switch stays put.
    // Chromium's own scroll anchoring would hide a page that did not keep it (browsers without it, Safari
    // among them, would jump by thousands of pixels), so it is turned off here.
    await page.evaluate(() => {
      document.documentElement.style.overflowAnchor = 'none';
      document.body.style.overflowAnchor = 'none';
    });
    const lower = switchIn(page, '#next');
    await lower.scrollIntoViewIfNeeded();
    await settle(page);
    const before = await lower.evaluate((el) => el.getBoundingClientRect().top);
    await lower.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => lower.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => page.locator('#proposals').getByText('What became of it').count()).toBe(0);
    await settle(page);
    expect(Math.abs((await lower.evaluate((el) => el.getBoundingClientRect().top)) - before)).toBeLessThan(2);
    expect(await page.locator('#next [role="status"]').textContent()).toBe(ui.hindsightAnnounceOff);
    expect(new URL(page.url()).search).toBe('?actor=ghani');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#proposals').getByText('What became of it').count()).toBe(4);
    await settle(page);
    expect(Math.abs((await lower.evaluate((el) => el.getBoundingClientRect().top)) - before)).toBeLessThan(2);
    await close();
    expect(log.pageErrors).toEqual([]);
  });

  it.each(['proposals', 'map'])('an embed of %s with &hindsight shows it with no reader action (the frame may never be scrolled)', async (part) => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 700, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/embed/${part}/?embed=${part}&hindsight`);
    // No scroll, key or touch here: what the editor asked for arrives by itself.
    await expect.poll(() => page.locator('.cite--later').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    if (part === 'map') expect(await page.locator('svg.locator-map [data-later-place="moscow"]').count()).toBe(1);
    await page.goto(`${baseUrl}/embed/${part}/?embed=${part}`);
    await settle(page);
    expect(await page.locator('.cite--later').count()).toBe(0);
    await close();
    expect(log.pageErrors).toEqual([]);
  });

  it('works in an embed (&hindsight) and in the deck (?present&hindsight adds slides after the March 2021 ones)', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/embed/proposals/?embed=proposals&hindsight`);
    await hydrateAll(page);
    await expect.poll(() => page.getByText('What became of it').count()).toBe(4);
    await page.goto(`${baseUrl}/embed/proposals/?embed=proposals`);
    await hydrateAll(page);
    expect(await page.getByText('What became of it').count()).toBe(0);

    const march = briefingSlides.length;
    await page.goto(`${baseUrl}/?present&hindsight&slide=${march + 1}`);
    const deck = page.getByRole('region', { name: 'Briefing slides' });
    await deck.waitFor();
    // The slide past the March 2021 deck exists (it would clamp to the last one otherwise) and says what it is.
    const current = page.getByRole('group', { name: new RegExp(`^${march + 1} of (\\d+)$`) });
    await expect.poll(() => current.count()).toBe(1);
    const total = Number(/of (\d+)/.exec((await current.getAttribute('aria-label')) ?? '')?.[1]);
    expect(total).toBeGreaterThan(march);
    await expect.poll(() => current.getByText(presentUi.hindsightKicker).count()).toBe(1);
    expect(new URL(page.url()).searchParams.has('hindsight')).toBe(true);
    await page.goto(`${baseUrl}/?present&slide=${march + 1}`);
    await deck.waitFor();
    await expect.poll(() => page.getByRole('group', { name: `${march} of ${march}` }).count()).toBe(1);
    await close();
    expect(log.pageErrors).toEqual([]);
  });
});
