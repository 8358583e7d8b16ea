import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { hydrateAll, openPage, settle, useChromium } from './chromium';

// Printing: paper is light whatever the screen's scheme. A reader in dark mode
// who prints the story, an analyst who prints the handout, an editor who
// prints an embed with &theme=dark: every word must read as ink on paper.

const baseUrl = inject('baseUrl');
const env = useChromium();

/**
 * Printed words whose contrast with what prints behind them is under 4.5:1.
 * What prints behind a word is the nearest background that is drawn on paper:
 * browsers drop backgrounds when printing unless `print-color-adjust: exact`,
 * so other backgrounds count as the white sheet. Opacity is counted.
 */
const lowContrastInPrint = (page: Page) =>
  page.evaluate(() => {
    const parse = (color: string) => {
      const [r = 0, g = 0, b = 0, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
      return { r, g, b, a };
    };
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const linear = (value: number) => {
        const v = value / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    const paperBehind = (element: Element) => {
      for (let at: Element | null = element; at !== null; at = at.parentElement) {
        const style = getComputedStyle(at);
        const background = parse(style.backgroundColor);
        if (background.a >= 0.5 && style.printColorAdjust === 'exact') return background;
      }
      return { r: 255, g: 255, b: 255, a: 1 };
    };
    const opacityOf = (element: Element) => {
      let opacity = 1;
      for (let at: Element | null = element; at !== null; at = at.parentElement) opacity *= Number(getComputedStyle(at).opacity);
      return opacity;
    };
    const found = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const element = node.parentElement;
      if (element === null || (node.textContent ?? '').trim() === '' || !element.checkVisibility({ visibilityProperty: true })) continue;
      if (element.closest('.visually-hidden, script, style') !== null) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const paper = paperBehind(element);
      const ink = parse(getComputedStyle(element).color);
      // Ink over paper, with the word's own alpha and every opacity above it.
      const alpha = ink.a * opacityOf(element);
      const seen = { r: ink.r * alpha + paper.r * (1 - alpha), g: ink.g * alpha + paper.g * (1 - alpha), b: ink.b * alpha + paper.b * (1 - alpha) };
      const [lighter, darker] = [luminance(seen), luminance(paper)].sort((a, b) => b - a) as [number, number];
      const ratio = (lighter + 0.05) / (darker + 0.05);
      if (ratio < 4.5) found.add(`${ratio.toFixed(2)}:1 “${(node.textContent ?? '').trim().slice(0, 40)}” (${element.tagName.toLowerCase()}.${String(element.className)})`);
    }
    return [...found];
  });

describe('print, from a screen in dark mode', () => {
  it('the story prints dark words on light paper', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 1000, height: 900 }, colorScheme: 'dark', reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/?hindsight`);
    await hydrateAll(page);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await settle(page);
    expect(await lowContrastInPrint(page)).toEqual([]);
    // Controls that do nothing on paper are left off it.
    const controls = page.locator('header').getByRole('button', { includeHidden: true }).or(page.getByRole('link', { name: /^Link to this section/, includeHidden: true }));
    expect(await controls.count()).toBeGreaterThan(0);
    const printed = await controls.evaluateAll((all) => all.filter((el) => el.checkVisibility()).map((el) => el.textContent?.trim() || el.getAttribute('aria-label')));
    expect(printed).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    await close();
  });

  it('the handout prints its slides light, with the notes, and every word readable', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 1280, height: 720 }, colorScheme: 'dark', reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/?present&slide=1`);
    await page.getByRole('region', { name: 'Briefing slides' }).waitFor();
    await page.getByRole('button', { name: 'Print handout' }).click();
    await page.getByRole('checkbox', { name: 'Include the speaker notes under each slide' }).check();
    await page.getByRole('button', { name: 'Close' }).click();
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await settle(page);
    // The handout is drawn just after the deck appears (or when printing starts).
    await expect.poll(() => page.locator('.handout__page').count(), { timeout: 10_000 }).toBeGreaterThan(10);
    expect(await lowContrastInPrint(page)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    await close();
  });

  it('an embed with &theme=dark prints light too', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 700, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/embed/timeline/?embed=timeline&theme=dark`);
    await hydrateAll(page);
    await page.emulateMedia({ media: 'print' });
    await settle(page);
    expect(await lowContrastInPrint(page)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    await close();
  });
});
