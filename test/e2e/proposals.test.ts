import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { article } from '../../src/content/article';
import { proposals } from '../../src/content/proposals';
import { quotes } from '../../src/content/quotes';
import { openPage, type PageLog, useChromium } from './chromium';

const baseUrl = inject('baseUrl');
const env = useChromium();

const desktop = { viewport: { width: 1280, height: 800 } } as const;

/** Opens the page and waits until React has hydrated it (the cards' toggles then respond). */
const open = async (path: string, options: BrowserContextOptions = desktop) => {
  const session = await openPage(env.browser, options);
  await session.page.goto(`${baseUrl}${path}`);
  return session;
};

const region = (page: Page) => page.getByRole('region', { name: 'The four proposals' });
const toggle = (page: Page, number: number) =>
  region(page).getByRole('button', { name: new RegExp(`^Proposal ${number}:`) });
const expandedStates = (page: Page) =>
  region(page)
    .locator('h3 button')
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-expanded')));
const panelOf = async (page: Page, button: Locator) => page.locator(`#${await button.getAttribute('aria-controls')}`);
const quoteOf = (number: number) => {
  const proposal = proposals[number - 1]!;
  return quotes.find((q) => q.id === proposal.quote)!;
};

/**
 * Waits until the cards are live. Each island hydrates as the reader nears it
 * (test/e2e/islands.test.ts), so bring the cards into view unless the page
 * has scrolled there itself (deep links do), then wait for them.
 */
const hydrated = async (page: Page, { mayScroll = true }: { mayScroll?: boolean } = {}) => {
  const island = page.locator('[data-island="proposals"]');
  if (mayScroll && !(await island.evaluate((el) => el.hasAttribute('data-live')))) {
    await island.evaluate((el) => el.firstElementChild?.scrollIntoView({ behavior: 'instant', block: 'start' }));
  }
  await page.waitForSelector('[data-island="proposals"][data-live]', { state: 'attached' });
};

const expectClean = (log: PageLog) => {
  expect(log.pageErrors).toEqual([]);
  expect(log.consoleProblems).toEqual([]);
  expect(log.offsiteRequests).toEqual([]);
};

describe('the four proposal cards', () => {
  it('are four disclosure buttons in the letter’s order, all closed, each controlling its own region, plus expand-all', async () => {
    const { page, log, close } = await open('/');
    await hydrated(page);
    const buttons = region(page).locator('button[aria-expanded]');
    expect(await buttons.count()).toBe(5);
    expect(await buttons.evaluateAll((all) => all.map((b) => b.getAttribute('aria-expanded')))).toEqual(Array(5).fill('false'));
    for (const proposal of proposals) {
      const button = toggle(page, proposal.number);
      expect(await button.textContent()).toContain(proposal.title);
      const panelId = await button.getAttribute('aria-controls');
      const panel = page.locator(`#${panelId}`);
      expect(await panel.getAttribute('role')).toBe('region');
      expect(await panel.getAttribute('aria-labelledby')).toBe(await button.getAttribute('id'));
      expect(await panel.isHidden()).toBe(true);
      // Closed, a card shows its title and ask; who, where, when, status and sources wait in its panel.
      const card = page.locator(`#proposal-${proposal.number}`);
      const closedText = await card.innerText();
      expect(closedText).toContain(proposal.ask);
      expect(closedText).not.toContain(proposal.whoLabel);
      const panelText = (await panel.textContent()) ?? '';
      for (const text of [proposal.whoLabel, proposal.where, proposal.timeFrame, proposal.status, proposal.statusDate.text]) {
        expect(panelText).toContain(text);
      }
    }
    const control = region(page).getByRole('button', { name: 'Expand all' });
    expect((await control.getAttribute('aria-controls'))?.split(' ')).toEqual(proposals.map((p) => `proposal-${p.number}-panel`));
    expectClean(log);
    await close();
  });

  it('open on click, on Enter, and close on Space, showing the letter’s own words from its paragraph', async () => {
    const { page, log, close } = await open('/');
    await hydrated(page);
    const first = toggle(page, 1);
    await first.click();
    expect(await first.getAttribute('aria-expanded')).toBe('true');
    const panel = await panelOf(page, first);
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.innerText()).toContain(quoteOf(1).text);

    const second = toggle(page, 2);
    await second.focus();
    await page.keyboard.press('Enter');
    expect(await second.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(async () => (await panelOf(page, second)).isVisible()).toBe(true);
    await page.keyboard.press('Space');
    expect(await second.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(async () => (await panelOf(page, second)).isHidden()).toBe(true);
    // Focus stays on the button, and the keyboard ring shows.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('proposal-2-toggle');
    expect(await second.evaluate((b) => getComputedStyle(b).outlineStyle)).not.toBe('none');
    expectClean(log);
    await close();
  });

  it('all open with expand-all, each panel carrying the letter’s words word for word from its paragraph', async () => {
    const { page, log, close } = await open('/');
    await hydrated(page);
    await region(page).getByRole('button', { name: 'Expand all' }).click();
    expect(await expandedStates(page)).toEqual(['true', 'true', 'true', 'true']);
    const control = region(page).getByRole('button', { name: 'Collapse all' });
    expect(await control.getAttribute('aria-expanded')).toBe('true');
    for (const proposal of proposals) {
      const panel = page.locator(`#proposal-${proposal.number}-panel`);
      await expect.poll(() => panel.isVisible()).toBe(true);
      const quote = quoteOf(proposal.number);
      const paragraph = article.paragraphs.find((p) => p.id === quote.paragraph)!;
      expect(paragraph.sentences.join(' ')).toContain(quote.text);
      expect(await panel.locator('blockquote').innerText()).toContain(quote.text);
      const cite = panel.getByRole('figure').getByRole('button', { name: `Source: RFE/RL paragraph ${quote.paragraph.slice(1)}` });
      expect(await cite.count()).toBe(1);
    }
    expect(await page.evaluate(() => location.hash)).toBe('#proposal-1,2,3,4');
    await control.click();
    expect(await expandedStates(page)).toEqual(['false', 'false', 'false', 'false']);
    expect(await page.evaluate(() => location.hash)).toBe('');
    expectClean(log);
    await close();
  });

  it('open from a link: /#proposal-3 opens the third card, brings it into view and focuses its button', async () => {
    for (const reducedMotion of ['reduce', 'no-preference'] as const) {
      const { page, log, close } = await open('/#proposal-3', { ...desktop, reducedMotion });
      // The link scrolls the page itself (smoothly unless reduced motion): leave it to do so.
      await hydrated(page, { mayScroll: false });
      await expect.poll(() => expandedStates(page)).toEqual(['false', 'false', 'true', 'false']);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('proposal-3-toggle');
      const card = page.locator('#proposal-3');
      // In view: its top within the viewport, below the scroll padding, once any smooth scroll has ended.
      await expect
        .poll(() => card.evaluate((el) => Math.round(el.getBoundingClientRect().top)), { timeout: 5000 })
        .toBeGreaterThanOrEqual(0);
      await expect.poll(() => card.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight / 2)).toBe(true);
      expect(await page.locator('#proposal-3-panel').isVisible()).toBe(true);
      expectClean(log);
      await close();
    }
  });

  it('open every card a shared link names, and the link round-trips: toggles write it, a reload reads it', async () => {
    const { page, log, close } = await open('/?childId=x');
    await hydrated(page);
    const historyLength = await page.evaluate(() => history.length);
    await toggle(page, 4).click();
    await toggle(page, 2).click();
    expect(await page.evaluate(() => location.hash)).toBe('#proposal-2,4');
    expect(await page.evaluate(() => location.search)).toBe('?childId=x');
    expect(await page.evaluate(() => history.length)).toBe(historyLength);

    await page.reload();
    await hydrated(page);
    await expect.poll(() => expandedStates(page)).toEqual(['false', 'true', 'false', 'true']);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('proposal-2-toggle');
    await expect.poll(() => page.locator('#proposal-2').evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(800);

    // A later link to another card, as a reader following a link within the page would.
    await page.evaluate(() => {
      location.hash = '#proposal-1';
    });
    await expect.poll(() => expandedStates(page)).toEqual(['true', 'false', 'false', 'false']);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('proposal-1-toggle');
    expectClean(log);
    await close();
  });

  it('ignore links to cards that do not exist and garbage fragments, without errors', async () => {
    const { page, log, close } = await open('/', { ...desktop, reducedMotion: 'reduce' });
    const hashes = ['#proposal-0', '#proposal-99', '#proposal-1e9', '#%E0%A4%A', '#%', '#%3Cscript%3E', '#actor-ghani'];
    for (const [index, hash] of hashes.entries()) {
      // A fresh load each time (the query differs), in one browser context.
      await page.goto(`${baseUrl}/?load=${index}${hash}`);
      await hydrated(page);
      expect(await expandedStates(page), hash).toEqual(['false', 'false', 'false', 'false']);
      expect(await page.evaluate(() => document.activeElement === document.body), hash).toBe(true);
    }
    expectClean(log);
    await close();
  });

  it('link who is involved to the actors panel, and leave the cards as they are on the way', async () => {
    const { page, log, close } = await open('/', { ...desktop, reducedMotion: 'reduce' });
    await hydrated(page);
    await toggle(page, 3).click();
    await page.locator('#proposal-3-panel').getByRole('link', { name: 'Ashraf Ghani' }).click();
    expect(await page.evaluate(() => location.hash)).toBe('#actor-ghani');
    await expect.poll(() => page.locator('#actor-ghani').evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(100);
    expect(await expandedStates(page)).toEqual(['false', 'false', 'true', 'false']);
    expectClean(log);
    await close();
  });
});

describe('the cards’ layout', () => {
  it.each([
    { name: 'desktop', viewport: { width: 1440, height: 900 }, across: 2, maxHeight: 600 },
    { name: 'phone', viewport: { width: 390, height: 844 }, across: 1, maxHeight: 1100 },
  ])('stay compact with nothing opened, two by two when wide ($name)', async ({ viewport, across, maxHeight }) => {
    const { page, close } = await open('/', { viewport, reducedMotion: 'reduce' });
    await hydrated(page);
    const box = await region(page).evaluate((el) => {
      const cards = Array.from(el.querySelectorAll('.proposal'), (card) => Math.round(card.getBoundingClientRect().top));
      return { height: el.getBoundingClientRect().height, firstRow: cards.filter((top) => top === cards[0]).length };
    });
    expect(box.height).toBeLessThanOrEqual(maxHeight);
    expect(box.firstRow).toBe(across);
    await close();
  });
});

describe('the cards’ motion', () => {
  /** Clicks a toggle in the page and records the panel's height and opacity on each of the next frames. */
  const recordOpening = (page: Page) =>
    page.evaluate(async () => {
      const button = document.getElementById('proposal-2-toggle')!;
      const panel = document.getElementById('proposal-2-panel')!;
      button.scrollIntoView({ block: 'start', behavior: 'instant' });
      const frames: { height: number; opacity: number }[] = [];
      button.click();
      for (let i = 0; i < 40; i += 1) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        frames.push({ height: panel.getBoundingClientRect().height, opacity: Number(getComputedStyle(panel).opacity) });
      }
      return { frames, final: panel.getBoundingClientRect().height, body: panel.firstElementChild!.getBoundingClientRect().height };
    });

  it('unfolds height and opacity over several frames, ending at the content’s full height', async () => {
    const { page, log, close } = await open('/', { ...desktop, reducedMotion: 'no-preference' });
    await hydrated(page);
    await page.waitForLoadState('networkidle');
    const { frames, final, body } = await recordOpening(page);
    expect(final).toBeGreaterThan(100);
    expect(Math.abs(final - body)).toBeLessThan(1);
    const between = frames.filter((f) => f.height > 1 && f.height < final - 1);
    expect(between.length).toBeGreaterThan(0);
    expect(frames.some((f) => f.opacity > 0 && f.opacity < 1)).toBe(true);
    // Never taller than it ends up: no jump before the unfolding starts.
    expect(Math.max(...frames.slice(0, -1).map((f) => f.height))).toBeLessThanOrEqual(final + 1);
    expectClean(log);
    await close();
  });

  it('opens instantly under reduced motion: full height and opacity on the first frame', async () => {
    const { page, log, close } = await open('/', { ...desktop, reducedMotion: 'reduce' });
    await hydrated(page);
    await page.waitForLoadState('networkidle');
    const { frames, final } = await recordOpening(page);
    expect(final).toBeGreaterThan(100);
    expect(frames[0]).toEqual({ height: final, opacity: 1 });
    expectClean(log);
    await close();
  });
});

describe('the cards without JavaScript, in print and on a narrow screen', () => {
  it('show every panel’s text with JavaScript off, and hide the controls that need it', async () => {
    const { page, log, close } = await open('/', { ...desktop, javaScriptEnabled: false });
    for (const proposal of proposals) {
      const panel = page.locator(`#proposal-${proposal.number}-panel`);
      expect(await panel.isVisible()).toBe(true);
      const text = await panel.innerText();
      for (const part of [quoteOf(proposal.number).text, proposal.timeFrame, proposal.aim, ...proposal.openQuestions]) {
        expect(text).toContain(part);
      }
    }
    expect(await page.locator('.proposals__expand-all').isVisible()).toBe(false);
    expect(log.offsiteRequests).toEqual([]);
    await close();
  });

  it('print every card open, whatever is open on screen', async () => {
    const { page, log, close } = await open('/', { ...desktop, reducedMotion: 'reduce' });
    await hydrated(page);
    await toggle(page, 2).click();
    await page.emulateMedia({ media: 'print' });
    for (const proposal of proposals) {
      const panel = page.locator(`#proposal-${proposal.number}-panel`);
      expect(await panel.isVisible()).toBe(true);
      expect(await panel.evaluate((el) => [getComputedStyle(el).opacity, el.getBoundingClientRect().height > 100])).toEqual(['1', true]);
      expect(await panel.innerText()).toContain(quoteOf(proposal.number).text);
    }
    expect(await page.locator('.proposals__expand-all').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    expectClean(log);
    await close();
  });

  it('keep every text in the open cards at WCAG AA contrast, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, close } = await open('/', { ...desktop, colorScheme, reducedMotion: 'reduce' });
      await hydrated(page);
      await region(page).getByRole('button', { name: 'Expand all' }).click();
      const failures = await region(page).evaluate((root) => {
        const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
        const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
          const [R, G, B] = [r, g, b].map((c) => {
            const s = c / 255;
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
        };
        const backgroundOf = (element: Element | null): number[] => {
          for (let node = element; node !== null; node = node.parentElement) {
            const color = rgb(getComputedStyle(node).backgroundColor);
            if (color.length === 3 || (color[3] ?? 0) > 0.99) return color.slice(0, 3);
          }
          return [255, 255, 255];
        };
        const problems: string[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const element = node.parentElement!;
          if (node.textContent!.trim() === '' || element.closest('.visually-hidden, [hidden], [aria-hidden="true"] svg')) continue;
          if (element.getClientRects().length === 0) continue;
          const style = getComputedStyle(element);
          const [fg, bg] = [luminance(rgb(style.color)), luminance(backgroundOf(element))];
          const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
          const size = parseFloat(style.fontSize);
          const isLarge = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
          if (ratio < (isLarge ? 3 : 4.5)) problems.push(`${node.textContent!.trim().slice(0, 30)}: ${ratio.toFixed(2)}`);
        }
        return problems;
      });
      expect(failures, colorScheme).toEqual([]);
      await close();
    }
  });

  it('reflow at 320 px with every card open: no sideways scroll, targets at least 24 px', async () => {
    const { page, log, close } = await open('/', { viewport: { width: 320, height: 640 }, reducedMotion: 'reduce' });
    await hydrated(page);
    await region(page).getByRole('button', { name: 'Expand all' }).click();
    await expect.poll(() => page.locator('#proposal-4-panel').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const sizes = await region(page)
      .locator('button, a')
      .evaluateAll((targets) =>
        targets
          .filter((target) => target.getClientRects().length > 0)
          .map((target) => {
            const box = target.getBoundingClientRect();
            return { name: target.textContent, width: box.width, height: box.height, right: box.right };
          }),
      );
    expect(sizes.length).toBeGreaterThan(20);
    for (const size of sizes) {
      expect(size.height, size.name ?? '').toBeGreaterThanOrEqual(24);
      expect(size.width, size.name ?? '').toBeGreaterThanOrEqual(24);
      expect(size.right, size.name ?? '').toBeLessThanOrEqual(320);
    }
    expectClean(log);
    await close();
  });
});
