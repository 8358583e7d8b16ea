import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { hydrateAll, openPage, useChromium } from './chromium';

const baseUrl = inject('baseUrl');
const env = useChromium();

/** What the focused element looks like to a sighted keyboard user. */
const describeFocus = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (element === null || element === document.body) return null;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    // A link that wraps has one box per line, and the centre of their union can
    // fall on a neighbouring word: check the centre of each line's box instead.
    const coveredBy = Array.from(element.getClientRects())
      // An inline link that starts at a line's end leaves an empty box there.
      .filter((rect) => rect.width >= 1 && rect.height >= 1)
      .map((rect) => document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2))
      .filter((hit) => hit === null || !(element === hit || element.contains(hit) || hit.contains(element)))
      .map((hit) => (hit === null ? 'nothing' : `${hit.tagName.toLowerCase()}.${hit.className} "${(hit.textContent ?? '').trim().slice(0, 30)}"`));
    // Markers share their text ("¶4"), so count elements, not names.
    const isFirstVisit = element.dataset.tabSeen === undefined;
    element.dataset.tabSeen = '';
    return {
      isFirstVisit,
      name: `${element.tagName.toLowerCase()}#${element.id}.${element.className} "${(element.textContent ?? '').trim().slice(0, 40)}" at ${Math.round(box.top)}px, covered by [${coveredBy.join(", ")}] rects ${Array.from(element.getClientRects()).map((r) => `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)}`).join(" ")}`,
      hasRing: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none',
      isInView: box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth,
      isUncovered: coveredBy.length === 0,
    };
  });

describe.each([
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
])('keyboard only, $name', ({ viewport }) => {
  it('reaches controls in order with a visible, unobscured focus ring on each', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport, reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/`);
    const seen: string[] = [];
    let distinct = 0;
    for (let stop = 0; stop < 80; stop += 1) {
      await page.keyboard.press('Tab');
      const focus = await describeFocus(page);
      if (focus === null) break;
      seen.push(focus.name);
      if (focus.isFirstVisit) distinct += 1;
      expect(focus, focus.name).toMatchObject({ hasRing: true, isInView: true, isUncovered: true });
    }
    expect(seen[0]).toContain('Skip to the story');
    expect(distinct).toBeGreaterThan(40);
    expect(log.pageErrors).toEqual([]);
    await close();
  });
});

describe('targets, reflow and text spacing', () => {
  it('gives every button and control link at least 24×24 px', async () => {
    const { page, close } = await openPage(env.browser, { viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl}/`);
    await hydrateAll(page);
    const small = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('button, summary, [role="button"], a.present-link, .skip-link'))
        // Glossary terms are words inside a sentence: WCAG 2.5.8's inline exception.
        .filter((element) => element.offsetParent !== null && !element.closest('.visually-hidden') && !element.classList.contains('term__button'))
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(({ element, box }) => `${element.tagName} "${element.textContent?.trim().slice(0, 30)}" ${box.width}×${box.height}`),
    );
    expect(small).toEqual([]);
    await close();
  });

  it.each([320, 390])('reflows at %i px with every part live: no sideways scrolling', async (width) => {
    const { page, close } = await openPage(env.browser, { viewport: { width, height: 700 } });
    await page.goto(`${baseUrl}/`);
    await hydrateAll(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await close();
  });

  it('keeps all text visible under WCAG 1.4.12 text spacing', async () => {
    const { page, close } = await openPage(env.browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}/`);
    await hydrateAll(page);
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent =
        '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
      document.head.append(style);
    });
    const clipped = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('body *'))
        .filter((element) => {
          const style = getComputedStyle(element);
          if (!/hidden|clip/.test(style.overflow + style.overflowX + style.overflowY)) return false;
          if (element.closest('.visually-hidden') || element.offsetParent === null) return false;
          return element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1;
        })
        .map((element) => `${element.tagName}.${element.className}`),
    );
    expect(clipped).toEqual([]);
    await close();
  });
});

describe('printing the story', () => {
  it('drops the sticky graphics and shows every proposal panel', async () => {
    const { page, close } = await openPage(env.browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}/`);
    await hydrateAll(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.scrolly__graphic').first().isVisible()).toBe(false);
    for (const n of [1, 2, 3, 4]) expect(await page.locator(`#proposal-${n}-panel`).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Sources', level: 2 }).isVisible()).toBe(true);
    await close();
  });
});
