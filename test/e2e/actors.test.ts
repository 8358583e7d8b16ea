import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { actors } from '../../src/content/actors';
import { proposals } from '../../src/content/proposals';
import { hydrateAll, openPage, type PageLog, settle, useChromium } from './chromium';

const baseUrl = inject('baseUrl');
const env = useChromium();

// The panel has no heading of its own on the article page (the section's names it), so it is found by its anchor.
const panel = (page: Page) => page.locator('#who-is-who');
const toggle = (page: Page, name: string) => panel(page).getByRole('button', { name, exact: true });
const pressedToggles = (page: Page) => panel(page).locator('button[aria-pressed="true"]');
const expectClean = (log: PageLog) => {
  expect(log.pageErrors).toEqual([]);
  expect(log.consoleProblems).toEqual([]);
  expect(log.offsiteRequests).toEqual([]);
};

/** Each proposal card's title with whether it is dimmed and how opaque it is drawn. */
const proposalCards = (page: Page) =>
  page.getByRole('region', { name: 'The four proposals' }).evaluate((region, titles) =>
    titles.map((title) => {
      const heading = Array.from(region.querySelectorAll('h2, h3, h4, h5')).find((h) => h.textContent?.includes(title));
      const card = heading?.closest('[data-dimmed], article, li') ?? null;
      return {
        title,
        dimmed: card?.getAttribute('data-dimmed') ?? null,
        opacity: card === null ? null : Number(getComputedStyle(card).opacity),
      };
    }),
    proposals.map((p) => p.title),
  );

describe('the actors panel in Chromium', () => {
  it('names everyone the article names, one matrix row each', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}/`);
    await hydrateAll(page);
    const text = await panel(page).innerText();
    for (const actor of actors) expect(text, actor.id).toContain(actor.name);
    expect(await panel(page).locator('button[aria-pressed]').count()).toBe(actors.length);
    expect(await panel(page).getByRole('table').locator('tr:has(button[aria-pressed])').count()).toBe(actors.length);
    // No empty state that reads as an error while nothing is selected.
    expect(await panel(page).getByRole('status').textContent()).toBe('');
    expectClean(log);
    await close();
  });

  it('selects Khalilzad: pressed, in the URL, his proposal card drawn differently; a reload restores it', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}/`);
    await hydrateAll(page);
    await toggle(page, 'Zalmay Khalilzad').click();
    await expect.poll(() => toggle(page, 'Zalmay Khalilzad').getAttribute('aria-pressed')).toBe('true');
    expect(new URL(page.url()).searchParams.get('actor')).toBe('khalilzad');
    await expect.poll(() => panel(page).getByRole('status').textContent()).toMatch(/^Khalilzad: 1 proposal, 4 events/);

    const involving = 'Written proposals from Khalilzad';
    const check = async () => {
      const cards = await proposalCards(page);
      for (const card of cards) {
        expect(card.dimmed, card.title).toBe(card.title === involving ? null : 'true');
        if (card.title === involving) expect(card.opacity).toBe(1);
        else expect(card.opacity).toBeLessThan(1);
      }
    };
    await expect.poll(async () => (await proposalCards(page)).filter((c) => c.dimmed === 'true').length).toBe(proposals.length - 1);
    await check();

    await page.reload();

    await hydrateAll(page);
    await expect.poll(() => toggle(page, 'Zalmay Khalilzad').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => (await proposalCards(page)).filter((c) => c.dimmed === 'true').length).toBe(proposals.length - 1);
    await check();
    expect(await page.locator('.selection-bar').isVisible()).toBe(true);
    expectClean(log);
    await close();
  });

  // A raw <script> reaches the page percent-encoded, so it stands for the encoded form too.
  it.each(['?actor=<script>alert(1)</script>', '?actor=nobody', '?actor=%E0%A4%A', '?actor=__proto__'])(
    'ignores %s: nothing selected, nothing dimmed, nothing thrown',
    async (query) => {
      const { page, log, close } = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
      await page.goto(`${baseUrl}/${query}`);
      await hydrateAll(page);
      await page.waitForLoadState('load');
      await settle(page);
      expect(await pressedToggles(page).count()).toBe(0);
      expect(await page.locator('[data-dimmed="true"]').count()).toBe(0);
      expect(await page.locator('.selection-bar').count()).toBe(0);
      expect(await panel(page).getByRole('status').textContent()).toBe('');
      expect(page.url()).toBe(await page.evaluate(() => window.location.href));
      expect(new URL(page.url()).search).toBe(new URL(`${baseUrl}/${query}`).search);
      // The page still works: a selection can be made.
      await toggle(page, 'Turkey').click();
      await expect.poll(() => toggle(page, 'Turkey').getAttribute('aria-pressed')).toBe('true');
      expectClean(log);
      await close();
    },
  );

  it('keeps pym’s parameters and the fragment when it writes the selection', async () => {
    const { page, close } = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
    const query = '?initialWidth=600&childId=ex-1&parentTitle=A+title&parentUrl=https%3A%2F%2Fcms.test%2Fa%3Fb%3D1';
    await page.goto(`${baseUrl}/${query}#who-is-who`);
    await hydrateAll(page);
    await toggle(page, 'Qatar').click();
    await expect.poll(() => page.url()).toBe(`${baseUrl}/${query}&actor=qatar#who-is-who`);
    await toggle(page, 'Qatar').click();
    await expect.poll(() => page.url()).toBe(`${baseUrl}/${query}#who-is-who`);
    await close();
  });

  it('works from the keyboard: Enter and Space toggle, Escape clears, the bar’s Clear returns focus to the toggle', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}/`);
    await hydrateAll(page);
    const ghani = toggle(page, 'Ashraf Ghani');
    await ghani.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => ghani.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => ghani.getAttribute('aria-pressed')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('actor-toggle-ghani');
    await page.keyboard.press('Space');
    await expect.poll(() => ghani.getAttribute('aria-pressed')).toBe('true');
    // The toggle shows a visible focus ring.
    expect(await ghani.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');

    await page.locator('.selection-bar__link').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Clear highlight');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.selection-bar').count()).toBe(0);
    expect(await ghani.getAttribute('aria-pressed')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('actor-toggle-ghani');
    expectClean(log);
    await close();
  });

  it('keeps the bar’s Clear from moving a mouse reader’s place', async () => {
    const { page, close } = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}/?actor=turkey`);
    await hydrateAll(page);
    await page.getByRole('region', { name: 'Timeline' }).scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await page.getByRole('button', { name: 'Clear highlight' }).click();
    await expect.poll(() => page.locator('[data-dimmed="true"]').count()).toBe(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    expect(new URL(page.url()).searchParams.has('actor')).toBe(false);
    await close();
  });
});

describe('the actors panel at 320 px, in dark mode and with reduced motion', () => {
  it('reflows at 320 px: no sideways scroll, each actor a stacked block inside the page', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 320, height: 640 } });
    await page.goto(`${baseUrl}/?actor=khalilzad`);
    await hydrateAll(page);
    await expect.poll(() => toggle(page, 'Zalmay Khalilzad').getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const table = panel(page).getByRole('table');
    // Restacked with CSS, the rows keep their table roles.
    expect(await table.getByRole('row', { name: /^Zalmay Khalilzad/ }).count()).toBe(1);
    const fits = await table.evaluate((el) => el.getBoundingClientRect().right <= document.documentElement.clientWidth);
    expect(fits).toBe(true);
    // Every control in the panel and the bar is at least 24 × 24 px.
    const small = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('#who-is-who button[aria-pressed], #who-is-who summary, .selection-bar a, .selection-bar button'))
        // Controls inside a closed disclosure are not rendered, so not targets yet.
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => ({ text: el.textContent, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(({ text }) => text),
    );
    expect(small).toEqual([]);
    expectClean(log);
    await close();
  });

  it('leaves the relations diagram to the deck and opens an actor’s role and words on demand', async () => {
    const { page, close } = await openPage(env.browser, { viewport: { width: 1024, height: 800 } });
    await page.goto(`${baseUrl}/`);
    await hydrateAll(page);
    expect(await page.locator('.relations__diagram').count()).toBe(0);
    const row = panel(page).locator('#actor-blinken');
    const role = row.getByText(/U\.S\. secretary of state/);
    expect(await role.isVisible()).toBe(false);
    await row.getByText('About Antony Blinken').click();
    expect(await row.locator('details').first().getAttribute('open')).toBe('');
    expect(await role.isVisible()).toBe(true);
    expect(await row.getByText('urgent leadership').isVisible()).toBe(true);
    await close();
  });

  it.each(['light', 'dark'] as const)('keeps AA contrast on the panel’s controls and status in %s mode', async (colorScheme) => {
    const { page, close } = await openPage(env.browser, { viewport: { width: 1280, height: 900 }, colorScheme });
    await page.goto(`${baseUrl}/?actor=khalilzad`);
    await hydrateAll(page);
    await expect.poll(() => toggle(page, 'Zalmay Khalilzad').getAttribute('aria-pressed')).toBe('true');
    const ratios = await page.evaluate(() => {
      const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r = 0, g = 0, b = 0]: number[]) =>
        [r, g, b]
          .map((c) => c / 255)
          .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
          .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
      const background = (el: Element | null): number[] => {
        for (let node = el; node !== null; node = node.parentElement) {
          const parts = rgb(getComputedStyle(node).backgroundColor);
          if (parts.length === 3 || (parts[3] ?? 0) > 0) return parts.slice(0, 3);
        }
        return rgb(getComputedStyle(document.body).backgroundColor);
      };
      const ratio = (el: Element) => {
        const [a, b] = [luminance(rgb(getComputedStyle(el).color)), luminance(background(el))];
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      };
      const selectors = [
        '#actor-toggle-khalilzad',
        '#actor-toggle-ghani',
        '#actor-khalilzad summary',
        '#actor-ghani summary',
        '.actors__status',
        '.actors__hint',
        '.number-badge',
        '.matrix__title',
        '.matrix__group-title',
        '.selection-bar__text',
        '.selection-bar__clear',
      ];
      return selectors.map((selector) => {
        const el = document.querySelector(selector);
        return { selector, ratio: el === null ? 0 : Math.round(ratio(el) * 100) / 100 };
      });
    });
    for (const { selector, ratio } of ratios) expect(ratio, selector).toBeGreaterThanOrEqual(4.5);
    await close();
  });

  it('makes selection changes instant under reduced motion, and animates them otherwise', async () => {
    for (const reducedMotion of ['reduce', 'no-preference'] as const) {
      const { page, close } = await openPage(env.browser, { viewport: { width: 1280, height: 900 }, reducedMotion });
      await page.goto(`${baseUrl}/?actor=turkey`);
      await hydrateAll(page);
      await expect.poll(() => page.locator('.selection-bar').count()).toBe(1);
      const motion = await page.evaluate(() => ({
        bar: getComputedStyle(document.querySelector('.selection-bar')!).animationName,
        dimmed: getComputedStyle(document.querySelector('[data-dimmed="true"]')!).transitionDuration,
      }));
      if (reducedMotion === 'reduce') expect(motion).toEqual({ bar: 'none', dimmed: '0s' });
      else expect(motion.bar).toBe('selection-bar-in');
      await close();
    }
  });
});
