import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage } from './chromium';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

describe('deferred parts', () => {
  it('are in the HTML from the start, and their code loads only as the reader nears them', async () => {
    const { page, log, close } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
    expect(await page.getByRole('region', { name: 'Timeline' }).count()).toBe(1);
    expect(scripts.some((s) => s.includes('/Timeline-'))).toBe(false);
    expect(scripts.some((s) => s.includes('/SourcesList-'))).toBe(false);

    await page.getByRole('region', { name: 'Timeline' }).evaluate((el) => el.scrollIntoView({ behavior: 'instant' }));
    await expect.poll(() => scripts.some((s) => s.includes('/Timeline-'))).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('region', { name: 'Timeline' }).count()).toBe(1);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleProblems).toEqual([]);
    await close();
  });
});
