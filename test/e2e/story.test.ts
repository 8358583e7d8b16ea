import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { storySteps } from '../../src/content/story';
import { openPage, settle, useChromium } from './chromium';

const baseUrl = inject('baseUrl');
const env = useChromium();

/** Scrolls to the bottom and back once, so every island has hydrated (their timing is tested in deferred.test.ts). */
const hydrateAll = async (page: Page): Promise<void> => {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y <= height; y += 600) await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
};

/** Scrolls the page top to bottom in small increments, recording the active step after each move. */
const scrollAndRecord = async (page: Page): Promise<string[]> => {
  await hydrateAll(page);
  const seen: string[] = [];
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const viewport = await page.evaluate(() => window.innerHeight);
  for (let y = 0; y <= height; y += Math.round(viewport / 5)) {
    await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
    await settle(page);
    const active = await page.evaluate(() => {
      const current = document.querySelectorAll('[aria-current="step"]');
      return current.length === 1 ? ((current[0] as HTMLElement).dataset.stepId ?? 'unnamed') : `count:${current.length}`;
    });
    if (active !== 'count:0' && seen[seen.length - 1] !== active) seen.push(active);
  }
  return seen;
};

describe.each([
  { name: 'desktop', viewport: { width: 1440, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
])('the story at $name size', ({ viewport }) => {
  it('moves aria-current="step" through every step, in order, as the reader scrolls', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport, reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/`);
    expect(await page.locator('[aria-current="step"]').count()).toBe(0);
    const seen = await scrollAndRecord(page);
    expect(seen).toEqual(storySteps.map((step) => step.id));
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleProblems).toEqual([]);
    expect(log.offsiteRequests).toEqual([]);
    await close();
  });

  it('keeps the sticky graphic in step with the active step', async () => {
    const { page, close } = await openPage(env.browser, { viewport, reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/`);
    for (const id of ['letter-confirmed', 'doha', 'proposal-turkey']) {
      await page.locator(`#step-${id}`).evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
      await expect.poll(() => page.locator('[aria-current="step"]').getAttribute('data-step-id')).toBe(id);
      await expect.poll(() => page.locator(`[data-graphic-step="${id}"]`).count()).toBe(1);
    }
    await close();
  });
});

describe('the page', () => {
  it('places the graphic beside the steps when wide and above them when narrow', async () => {
    const wide = await openPage(env.browser, { viewport: { width: 1440, height: 900 } });
    await wide.page.goto(`${baseUrl}/`);
    const wideBoxes = await wide.page.evaluate(() => {
      const graphic = document.querySelector('.scrolly__graphic')!.getBoundingClientRect();
      const steps = document.querySelector('.scrolly__steps')!.getBoundingClientRect();
      return { graphicLeft: graphic.left, stepsRight: steps.right };
    });
    expect(wideBoxes.graphicLeft).toBeGreaterThanOrEqual(wideBoxes.stepsRight);
    await wide.close();

    const narrow = await openPage(env.browser, { viewport: { width: 390, height: 844 } });
    await narrow.page.goto(`${baseUrl}/`);
    const narrowBoxes = await narrow.page.evaluate(() => {
      const graphic = document.querySelector('.scrolly__graphic')!.getBoundingClientRect();
      const steps = document.querySelector('.scrolly__steps')!.getBoundingClientRect();
      return { graphicBottom: graphic.bottom, stepsTop: steps.top, scrollWidth: document.documentElement.scrollWidth };
    });
    expect(narrowBoxes.graphicBottom).toBeLessThanOrEqual(narrowBoxes.stepsTop + 1);
    expect(narrowBoxes.scrollWidth).toBeLessThanOrEqual(390);
    await narrow.close();
  });

  it('has one h1, a main landmark and a skip link that is the first tab stop', async () => {
    const { page, close } = await openPage(env.browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}/`);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.getByRole('main').count()).toBe(1);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.textContent()).toBe('Skip to the story');
    expect(await focused.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await close();
  });

  it('shows a source note on hover and on focus, and hides it on Escape', async () => {
    const { page, close } = await openPage(env.browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}/`);
    const button = page.getByRole('button', { name: 'Source: RFE/RL paragraph 3' }).first();
    await button.scrollIntoViewIfNeeded();
    await button.hover();
    const tooltip = page.getByRole('tooltip').filter({ hasText: 'Dawa Khan Minhapal' }).first();
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    await page.mouse.move(0, 0);
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    await button.focus();
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    await close();
  });

  it('is fully readable without JavaScript', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    await page.goto(`${baseUrl}/`);
    const text = await page.locator('main').innerText();
    for (const phrase of ['Ashraf Ghani', 'Khalilzad', 'TOLOnews', 'Turkey', '90-day reduction in violence', '2,500', 'May 1']) {
      expect(text).toContain(phrase);
    }
    expect(await page.getByRole('region', { name: 'Timeline' }).isVisible()).toBe(true);
    expect(log.offsiteRequests).toEqual([]);
    await close();
  });
});
