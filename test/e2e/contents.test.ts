import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { storySections } from '../../src/content/story';
import { ui } from '../../src/content/site';
import { hydrateAll, openPage, settle, useChromium } from './chromium';

const baseUrl = inject('baseUrl');
const env = useChromium();

const sectionIds = storySections.map((section) => section.id);

/** Scrolls down the whole page in steps of half a screen, recording each change of the contents' current section. */
const currentSections = async (page: Page): Promise<string[]> => {
  const seen: string[] = [];
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const step = Math.round(page.viewportSize()!.height / 2);
  for (let top = 0; top <= height; top += step) {
    await page.evaluate((y) => window.scrollTo({ top: y, behavior: 'instant' }), top);
    await settle(page);
    const current = await page.locator('nav.contents [aria-current="location"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!.slice(1)));
    expect(current.length, `at ${top}`).toBeLessThanOrEqual(1);
    if (current[0] !== undefined && seen.at(-1) !== current[0]) seen.push(current[0]);
  }
  return seen;
};

describe.each([
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
])('the contents at $width×$height', (viewport) => {
  it('marks each section current in order while scrolling, with no layout shift, and a link moves focus to its heading', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport, reducedMotion: 'reduce' });
    await page.addInitScript(() => {
      (window as unknown as { __shifts: number }).__shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { __shifts: number }).__shifts += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${baseUrl}/`);
    const nav = page.getByRole('navigation', { name: ui.contentsLabel });
    await expect.poll(() => nav.locator('[data-island], a').count()).toBeGreaterThanOrEqual(sectionIds.length);
    await expect.poll(() => page.locator('[data-island="contents"][data-live]').count()).toBe(1);
    expect(await currentSections(page)).toEqual(sectionIds);
    expect(await page.evaluate(() => (window as unknown as { __shifts: number }).__shifts)).toBe(0);

    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    if (viewport.width < 1120) await nav.getByRole('button', { name: ui.contentsLabel }).click();
    await nav.getByRole('link', { name: 'The letter' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('section-proposals-heading');
    expect(new URL(page.url()).hash).toBe('#proposals');
    await close();
    expect(log.pageErrors).toEqual([]);
  });
});

describe('the contents bar at desktop widths', () => {
  it('shows either every section link whole, or the one Contents button, never a list cut off at the edge', async () => {
    const { page, close } = await openPage(env.browser, { viewport: { width: 1440, height: 800 }, reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/#proposals`);
    await expect.poll(() => page.locator('[data-island="contents"][data-live]').count()).toBe(1);
    const problems: string[] = [];
    for (const width of [961, 1000, 1040, 1119, 1120, 1280, 1440]) {
      await page.setViewportSize({ width, height: 800 });
      await settle(page);
      const state = await page.locator('nav.contents').evaluate((nav) => {
        const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
        const toggle = nav.querySelector('.contents__toggle');
        const links = Array.from(nav.querySelectorAll('.contents__list a'));
        const cut = links.filter((link) => shown(link)).filter((link) => {
          const box = link.getBoundingClientRect();
          return box.left < 0 || box.right > window.innerWidth;
        });
        return { isToggle: toggle !== null && shown(toggle), shownLinks: links.filter(shown).length, cut: cut.map((link) => link.textContent) };
      });
      if (!state.isToggle && (state.shownLinks !== sectionIds.length || state.cut.length > 0)) problems.push(`${width}: ${state.shownLinks} links shown, cut off: ${state.cut.join(', ')}`);
    }
    expect(problems).toEqual([]);
    await close();
  });
});

describe('the contents bar and focus', () => {
  it('lets no source note open under the bar: a marker just above it opens its note above, at 390×844', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/`);
    await hydrateAll(page);
    const marker = page.locator('#war .step .cite__button').first();
    const note = page.locator('#war .cite__popover').filter({ visible: true });
    // Open it once mid-screen to learn the note's height.
    await marker.evaluate((el) => window.scrollBy({ top: el.getBoundingClientRect().top - innerHeight / 3, behavior: 'instant' }));
    await marker.click();
    await expect.poll(() => note.count(), { timeout: 5_000 }).toBe(1);
    const noteHeight = await note.evaluate((el) => el.getBoundingClientRect().height);
    await page.keyboard.press('Escape');
    await marker.blur();
    await expect.poll(() => note.count(), { timeout: 5_000 }).toBe(0);
    // Then place the marker so that a note opened below it would end under the bar, still inside the window.
    const barTop = await page.locator('nav.contents').evaluate((bar) => bar.getBoundingClientRect().top);
    await marker.evaluate((el, target) => window.scrollBy({ top: el.getBoundingClientRect().bottom - target, behavior: 'instant' }), barTop + 20 - noteHeight - 6);
    await settle(page);
    expect(barTop + 20).toBeLessThan(844);
    await marker.click();
    await expect.poll(() => note.count(), { timeout: 5_000 }).toBe(1);
    const noteBox = await note.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    expect(noteBox.bottom).toBeLessThanOrEqual(barTop);
    expect(noteBox.top).toBeGreaterThanOrEqual(0);
    expect(log.pageErrors).toEqual([]);
    await close();
  });

  it('never covers the focused element while tabbing through the page (WCAG 2.4.11), at 390×844', async () => {
    const { page, close } = await openPage(env.browser, { viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/`);
    await hydrateAll(page);
    const covered: string[] = [];
    for (let press = 0; press < 160; press += 1) {
      await page.keyboard.press('Tab');
      const problem = await page.evaluate(() => {
        const focused = document.activeElement;
        const bar = document.querySelector('nav.contents');
        if (!(focused instanceof HTMLElement) || focused === document.body || bar === null || bar.contains(focused)) return null;
        const box = focused.getBoundingClientRect();
        if (box.height === 0) return null;
        return box.bottom > bar.getBoundingClientRect().top + 1 ? `${focused.tagName} “${(focused.textContent ?? '').trim().slice(0, 40)}” ends at ${Math.round(box.bottom)}` : null;
      });
      if (problem !== null) covered.push(problem);
    }
    await close();
    expect(covered).toEqual([]);
  });

  it('is absent from embeds and the deck', async () => {
    const { page, close } = await openPage(env.browser, { viewport: { width: 1280, height: 720 } });
    await page.goto(`${baseUrl}/embed/story/?embed=story`);
    expect(await page.getByRole('navigation', { name: ui.contentsLabel }).count()).toBe(0);
    await page.goto(`${baseUrl}/?present`);
    await page.getByRole('region', { name: 'Briefing slides' }).waitFor();
    expect(await page.getByRole('navigation', { name: ui.contentsLabel }).isVisible()).toBe(false);
    await close();
  });
});
