import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { EMBED_PARTS } from '../../src/app/mode';
import { presentUi } from '../../src/content/present';
import { describeViolations, runAxe } from './axe';
import { hydrateAll, openPage, settle, useChromium } from './chromium';

const baseUrl = inject('baseUrl');
const env = useChromium();

const SCHEMES = ['light', 'dark'] as const;

/** Runs axe (WCAG 2.2 A/AA and best practices) in each colour scheme on the page as it stands. */
const axeEachScheme = async (page: Page, label = '') => {
  const found: string[] = [];
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await settle(page);
    const described = describeViolations(await runAxe(page));
    if (described !== '') found.push(`${label}${colorScheme}: ${described}`);
  }
  return found.join('\n');
};

/**
 * Opens a page, lets it settle, runs axe in the light and the dark scheme
 * (one load: the schemes differ only in CSS) and checks the console.
 */
const audit = async (
  path: string,
  { width = 1280, height = 900, prepare }: { width?: number; height?: number; prepare?: (page: Page) => Promise<void> },
) => {
  const { page, log, close } = await openPage(env.browser, { viewport: { width, height }, reducedMotion: 'reduce' });
  await page.goto(`${baseUrl}${path}`);
  await prepare?.(page);
  await page.waitForLoadState('networkidle');
  const violations = await axeEachScheme(page);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  await close();
  expect(violations).toBe('');
  expect(log.pageErrors).toEqual([]);
  expect(log.consoleProblems).toEqual([]);
  return { scrollWidth };
};

describe('axe-core, light and dark colour schemes', () => {
  it('the story, every part live, then with a proposal card open and an actor selected', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/`);
    await hydrateAll(page);
    await page.waitForLoadState('networkidle');
    const found = [await axeEachScheme(page, 'as loaded: ')];
    // The same page in its opened states (one load: these are the reader's own clicks).
    await page.locator('#proposal-2-toggle').click();
    await expect.poll(() => page.locator('#proposal-2-toggle').getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('region', { name: 'Who’s who' }).getByRole('button', { name: 'Zalmay Khalilzad', exact: true }).click();
    await expect.poll(() => page.locator('[data-dimmed="true"]').count()).toBeGreaterThan(0);
    found.push(await axeEachScheme(page, 'card open, actor selected: '));
    await close();
    expect(found.filter(Boolean).join('\n')).toBe('');
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleProblems).toEqual([]);
  });

  it('the story at 320 px with hindsight on (everything the layer adds), with no sideways scrolling', async () => {
    const { scrollWidth } = await audit('/?hindsight', {
      width: 320,
      height: 640,
      prepare: async (page) => {
        await hydrateAll(page);
        await expect.poll(() => page.locator('#unknowns .badge--later').count()).toBe(6);
      },
    });
    expect(scrollWidth).toBeLessThanOrEqual(320);
  });

  it.each(EMBED_PARTS)('the %s embed, at 320 px', async (part) => {
    const { scrollWidth } = await audit(`/embed/${part}/?embed=${part}`, { width: 320, prepare: (page) => hydrateAll(page) });
    expect(scrollWidth).toBeLessThanOrEqual(320);
  });

  it('the deck, its overview and its keys dialog', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/?present`);
    await page.getByRole('region', { name: 'Briefing slides' }).waitFor();
    await page.waitForLoadState('networkidle');
    const found = [await axeEachScheme(page, 'slide: ')];
    await page.keyboard.press('o');
    await page.getByRole('dialog', { name: presentUi.overviewTitle }).waitFor();
    found.push(await axeEachScheme(page, 'overview: '));
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: presentUi.helpTitle }).waitFor();
    found.push(await axeEachScheme(page, 'keys dialog: '));
    await close();
    expect(found.filter(Boolean).join('\n')).toBe('');
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleProblems).toEqual([]);
  });
});
