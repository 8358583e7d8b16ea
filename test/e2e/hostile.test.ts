import { describe, expect, inject, it } from 'vitest';
import { briefingSlides } from '../../src/content/briefing';
import { openPage, useChromium } from './chromium';

const baseUrl = inject('baseUrl');
const env = useChromium();

const LONG = 'x'.repeat(10_000);

/** Addresses a reader, a bot or an attacker may send; each must leave a working page. */
const article = [
  '/?actor=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '/?actor=<script>alert(1)</script>',
  '/?actor=__proto__',
  '/#proposal-99',
  '/#proposal-0',
  '/#%',
  '/#%E0%A4%A',
  '/#"><img src=x onerror=alert(1)>',
  '/?%E0%A4%A',
  '/?embed=nope',
  '/?theme=<b>',
  `/?actor=${LONG}`,
  `/#event-${LONG}`,
  '/#event-__proto__',
];
const deck: [string, number][] = [
  ['/?present&slide=-1', 1],
  ['/?present&slide=abc', 1],
  ['/?present&slide=1e309', briefingSlides.length],
  ['/?present&slide=03', 3],
  ['/?present&slide=%', 1],
  [`/?present&slide=${LONG}`, 1],
];

describe('hostile addresses', () => {
  it.each(article)('%s still shows the article, with no page or console errors', async (path) => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}${path}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('[aria-pressed="true"]').count()).toBe(0);
    expect(await page.locator('[data-dimmed="true"]').count()).toBe(0);
    expect(await page.evaluate(() => document.querySelector('img[src="x"]'))).toBeNull();
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleProblems).toEqual([]);
    await close();
  });

  it.each(deck)('%s opens the deck at the nearest valid slide (%i)', async (path, slide) => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}${path}`);
    await page.getByRole('region', { name: 'Briefing slides' }).waitFor();
    await expect.poll(() => page.locator('.deck-bar__counter').textContent()).toContain(`${slide} / ${briefingSlides.length}`);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleProblems).toEqual([]);
    await close();
  });
});
