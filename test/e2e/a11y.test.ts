import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { EMBED_PARTS } from '../../src/app/mode';
import { describeViolations, runAxe } from './axe';
import { hydrateAll, openPage, useChromium } from './chromium';

const baseUrl = inject('baseUrl');
const env = useChromium();

/** Opens a page, lets it settle, runs axe (WCAG 2.2 A/AA and best practices) and checks the console. */
const audit = async (
  path: string,
  { colorScheme, width = 1280, height = 900, prepare }: { colorScheme: 'light' | 'dark'; width?: number; height?: number; prepare?: (page: Page) => Promise<void> },
) => {
  const { page, log, close } = await openPage(env.browser, { viewport: { width, height }, colorScheme, reducedMotion: 'reduce' });
  await page.goto(`${baseUrl}${path}`);
  await prepare?.(page);
  await page.waitForLoadState('networkidle');
  const violations = await runAxe(page);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  await close();
  expect(describeViolations(violations)).toBe('');
  expect(log.pageErrors).toEqual([]);
  expect(log.consoleProblems).toEqual([]);
  return { scrollWidth };
};

describe.each(['light', 'dark'] as const)('axe-core, %s colour scheme', (colorScheme) => {
  it('the story, every part live', async () => {
    await audit('/', { colorScheme, prepare: (page) => hydrateAll(page) });
  });

  it('the story with a proposal card open and an actor selected', async () => {
    await audit('/?actor=khalilzad#proposal-2', {
      colorScheme,
      prepare: async (page) => {
        await hydrateAll(page, { keepScroll: true });
        await expect.poll(() => page.locator('#proposal-2-toggle').getAttribute('aria-expanded')).toBe('true');
        await expect.poll(() => page.locator('[data-dimmed="true"]').count()).toBeGreaterThan(0);
      },
    });
  });

  it('the story at 320 px, with no sideways scrolling', async () => {
    const { scrollWidth } = await audit('/', { colorScheme, width: 320, height: 640, prepare: (page) => hydrateAll(page) });
    expect(scrollWidth).toBeLessThanOrEqual(320);
  });

  it.each(EMBED_PARTS)('the %s embed, at 320 px', async (part) => {
    const { scrollWidth } = await audit(`/embed/${part}/?embed=${part}`, {
      colorScheme,
      width: 320,
      prepare: (page) => hydrateAll(page),
    });
    expect(scrollWidth).toBeLessThanOrEqual(320);
  });

  it('the deck, its overview and its keys dialog', async () => {
    for (const open of [null, 'o', '?'] as const) {
      await audit('/?present', {
        colorScheme,
        width: 1280,
        height: 720,
        prepare: async (page) => {
          await page.getByRole('region', { name: 'Briefing slides' }).waitFor();
          if (open !== null) await page.keyboard.press(open);
        },
      });
    }
  });
});
