import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describeViolations, runAxe } from './axe';
import { launchChromium, openPage } from './chromium';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/** Scrolls through the page so every deferred part hydrates, then back to the top. */
const hydrateEverything = async (page: import('playwright-core').Page) => {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 700) {
    await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
    await page.waitForTimeout(30);
  }
  await page.waitForLoadState('networkidle');
};

describe.each(['light', 'dark'] as const)('axe-core in the %s colour scheme', (colorScheme) => {
  it('finds no WCAG 2.2 A/AA or best-practice violations in the story', async () => {
    const { page, log, close } = await openPage(browser, { viewport: { width: 1280, height: 900 }, colorScheme });
    await page.goto(`${baseUrl}/`);
    await hydrateEverything(page);
    const violations = await runAxe(page);
    expect(describeViolations(violations)).toBe('');
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleProblems).toEqual([]);
    await close();
  });

  it('finds none at 320 px wide either', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 320, height: 640 }, colorScheme });
    await page.goto(`${baseUrl}/`);
    await hydrateEverything(page);
    expect(describeViolations(await runAxe(page))).toBe('');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await close();
  });
});
