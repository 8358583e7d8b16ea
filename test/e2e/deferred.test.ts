import { describe, expect, inject, it } from 'vitest';
import { hydrateAll, openPage, useChromium } from './chromium';

const baseUrl = inject('baseUrl');
const env = useChromium();

describe('deferred parts', () => {
  it('are in the HTML from the start, and their code loads only as the reader nears them', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 390, height: 844 } });
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

  // Regression: a context change above a part still waiting for its code made React swap the
  // server HTML for an empty fallback; parts far from the landing point also never hydrated.
  it.each(['/#who-is-who', '/?actor=khalilzad', '/?actor=khalilzad#proposal-2', '/#event-doha-agreement'])(
    'never throws a part’s server HTML away, and every part comes alive, landing on %s',
    async (path) => {
      const { page, log, close } = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
      await page.addInitScript(() => {
        const emptied: string[] = [];
        Object.assign(window, { emptiedParts: emptied });
        new MutationObserver((records) => {
          for (const record of records) {
            const part = record.target instanceof HTMLElement ? record.target.dataset.part : undefined;
            if (part !== undefined && record.removedNodes.length > 0) emptied.push(part);
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${baseUrl}${path}`);
      await hydrateAll(page, { keepScroll: true });
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => (window as unknown as { emptiedParts: string[] }).emptiedParts)).toEqual([]);
      expect(await page.locator('.deferred-part:empty').count()).toBe(0);
      expect(log.pageErrors).toEqual([]);
      await close();
    },
  );
});
