import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { briefingSlides } from '../../src/content/briefing';
import { proposals } from '../../src/content/proposals';
import { presentUi } from '../../src/content/present';
import { storySteps } from '../../src/content/story';
import { slideTitle } from '../../src/features/present/slideModel';
import { openPage, type PageLog, useChromium } from './chromium';

// Present mode in real Chromium at projector size: keys, URL, legibility and fit of
// every slide, the notes window in a second page, blackout, help, overview, print to
// PDF, swipe, full screen, and the switch from the article and back.

const baseUrl = inject('baseUrl');
const TOTAL = briefingSlides.length;
/** A slide's 1-based number, by its id: the tests follow the deck's order rather than fix it. */
const numberOf = (id: string): number => briefingSlides.findIndex((slide) => slide.id === id) + 1;
const FIRST_PROPOSAL = numberOf('proposal-1');
const PROJECTOR = { width: 1280, height: 720 };
const env = useChromium();

const openDeck = async (search: string, options: BrowserContextOptions = {}) => {
  const opened = await openPage(env.browser, { viewport: PROJECTOR, reducedMotion: 'reduce', ...options });
  await opened.page.goto(`${baseUrl}/${search}`);
  await opened.page.getByRole('region', { name: 'Briefing slides' }).waitFor();
  return opened;
};
const counter = (page: Page) => page.locator('.deck-bar__counter').textContent();
const slideParam = (page: Page) => new URL(page.url()).searchParams.get('slide');
const expectClean = (log: PageLog) => {
  expect(log.pageErrors).toEqual([]);
  expect(log.consoleProblems).toEqual([]);
  expect(log.offsiteRequests).toEqual([]);
};
/** Presses a key and waits for the deck to show slide `n`, with the URL following. */
const pressTo = async (page: Page, key: string, n: number) => {
  await page.keyboard.press(key);
  await expect.poll(() => counter(page)).toBe(`${n} / ${TOTAL}`);
  await expect.poll(() => slideParam(page)).toBe(String(n));
};

describe('present mode at 1280×720', () => {
  it('opens ?present on slide 1 with a counter; arrows, Page keys, Space, Home and End move it and slide= follows', async () => {
    const { page, log, close } = await openDeck('?present');
    expect(await counter(page)).toBe(`1 / ${TOTAL}`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Briefing slides');
    expect(await page.getByRole('group', { name: `1 of ${TOTAL}` }).getAttribute('aria-roledescription')).toBe('slide');
    await pressTo(page, 'ArrowRight', 2);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(new RegExp(`^Slide 2 of ${TOTAL}: Key points`));
    await pressTo(page, 'ArrowRight', 3);
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`Slide 3 of ${TOTAL}: A blunt letter to Kabul. Point 1 of 3`);

    // The four proposal slides reveal nothing, so each key moves a whole slide.
    const p = FIRST_PROPOSAL;
    await page.goto(`${baseUrl}/?present&slide=${p}`);
    expect(await counter(page)).toBe(`${p} / ${TOTAL}`);
    await pressTo(page, 'ArrowRight', p + 1);
    await pressTo(page, 'PageDown', p + 2);
    await pressTo(page, 'Space', p + 3);
    await pressTo(page, 'PageUp', p + 2);
    await pressTo(page, 'ArrowLeft', p + 1);
    await pressTo(page, 'End', TOTAL);
    await pressTo(page, 'Home', 1);
    expect(new URL(page.url()).search).toBe('?present&slide=1');
    expectClean(log);
    await close();
  });

  it('shows each proposal for a room: its aim in view, nothing to click, no "Not stated" row', async () => {
    const { page, log, close } = await openDeck(`?present&slide=${FIRST_PROPOSAL}`);
    for (const [index, proposal] of proposals.entries()) {
      if (index > 0) await pressTo(page, 'ArrowRight', FIRST_PROPOSAL + index);
      const slide = page.getByRole('group', { name: `${FIRST_PROPOSAL + index} of ${TOTAL}` });
      await expect.poll(() => slide.getByText(proposal.aim, { exact: true }).isVisible()).toBe(true);
      expect(await slide.getByRole('heading', { level: 2, name: `Proposal ${proposal.number}: ${proposal.title}` }).count()).toBe(1);
    }
    expectClean(log);
    await close();
  });

  it('keeps web controls and filler off the handout’s slides (the live slides are checked in the walk below)', async () => {
    const { page, log, close } = await openDeck('?present&slide=1');
    const found: string[] = [];
    // The same slides fully revealed, as the handout prints them.
    await expect.poll(() => page.locator('.handout__page .slide-frame').count()).toBe(TOTAL);
    found.push(
      ...(await page.evaluate(() =>
        [...document.querySelectorAll('.handout__page')].flatMap((handoutPage, index) => [
          ...[...handoutPage.querySelectorAll('.slide-frame button, .slide-frame [role="button"], .slide-frame [aria-expanded], .slide-frame summary')].map(
            (c) => `handout page ${index + 1}: ${c.outerHTML.slice(0, 60)}`,
          ),
          ...((handoutPage.querySelector('.slide-frame')?.textContent ?? '').includes('Not stated') ? [`handout page ${index + 1}: "Not stated"`] : []),
        ]),
      )),
    );
    expect(found).toEqual([]);
    expectClean(log);
    await close();
  });

  it('keeps the key hint off the title slide; the speaker notes carry it', async () => {
    const { page, log, close } = await openDeck('?present&slide=1');
    const title = page.getByRole('group', { name: `1 of ${TOTAL}` });
    expect(await title.getByRole('heading', { level: 2, name: 'Four steps before May 1' }).count()).toBe(1);
    expect(await title.textContent()).not.toMatch(/press \?|keyboard shortcuts|clicker/i);
    const [notes] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
    await notes.waitForLoadState();
    await notes.getByRole('heading', { level: 1, name: 'Speaker notes' }).waitFor();
    expect(await notes.getByText(presentUi.keyHint).isVisible()).toBe(true);
    expectClean(log);
    await close();
  });

  it('draws who’s who as the relations diagram, with its key in words', async () => {
    const { page, log, close } = await openDeck(`?present&slide=${numberOf('whos-who')}`);
    const slide = page.getByRole('group', { name: `${numberOf('whos-who')} of ${TOTAL}` });
    const figure = slide.getByRole('figure', { name: 'Who asks what of whom' });
    expect(await figure.locator('svg.relations__diagram').isVisible()).toBe(true);
    // Arrowheads draw: the marker each line names is in this slide's own diagram.
    expect(await figure.locator('svg.relations__diagram').evaluate((svg) => {
      const marker = svg.querySelector('line')?.getAttribute('marker-end')?.slice(5, -1) ?? '';
      return svg.querySelector(`marker[id="${marker}"]`) !== null;
    })).toBe(true);
    for (const words of ['United States', 'Afghan government', 'Taliban', presentUi.relationsLegend.others, presentUi.relationsLegend.hosts])
      expect(await figure.getByRole('listitem').filter({ hasText: words }).first().isVisible()).toBe(true);
    expectClean(log);
    await close();
  });

  it('counts 55 days to May 1, and shows the drop from about 100,000 U.S. troops to 2,500', async () => {
    const { page, log, close } = await openDeck(`?present&slide=${numberOf('countdown')}`);
    const countdown = page.getByRole('group', { name: `${numberOf('countdown')} of ${TOTAL}` });
    expect(await countdown.getByRole('heading', { level: 2 }).textContent()).toBe('55 days to May 1, 2021');
    expect(await countdown.locator('.slide__figure-number').textContent()).toBe('55');
    expect(await countdown.locator('.slide__day').count()).toBe(55);
    expect(await countdown.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')))).toEqual(['2021-03-07', '2021-05-01']);

    await page.goto(`${baseUrl}/?present&slide=${numberOf('troop-drawdown')}`);
    const troops = page.getByRole('group', { name: `${numberOf('troop-drawdown')} of ${TOTAL}` });
    expect(await troops.getByRole('heading', { level: 2 }).textContent()).toBe('From about 100,000 U.S. troops to 2,500');
    expect(await troops.locator('.slide__troop-value').allTextContents()).toEqual(['about 100,000', '2,500']);
    expect(await troops.locator('.slide__troop-when').allTextContents()).toEqual(['At the peak, 2010–2011', 'January 2021']);
    const [peakBar, latestBar] = await troops.locator('.slide__troop-bar').evaluateAll((bars) => bars.map((bar) => bar.getBoundingClientRect().width));
    expect(latestBar! / peakBar!).toBeCloseTo(2_500 / 100_000, 2);
    expect(await troops.locator('.slide-sources').textContent()).toMatch(/¶4.*Associated Press.*fact sheet/);
    expectClean(log);
    await close();
  });

  it('opens the slide a link names, and the nearest valid slide for anything else', async () => {
    const { page, log, close } = await openDeck('?present&slide=5');
    const cases: [string, number][] = [
      ['5', 5], ['0', 1], ['-3', 1], ['999', TOTAL], ['1e309', TOTAL], ['abc', 1], ['%E0%A4%A', 1], ['%3Cscript%3E', 1], ['2.5', 2],
    ];
    for (const [value, expected] of cases) {
      await page.goto(`${baseUrl}/?present&slide=${value}`);
      await expect.poll(() => counter(page)).toBe(`${expected} / ${TOTAL}`);
      await expect.poll(() => slideParam(page)).toBe(String(expected));
    }
    expectClean(log);
    await close();
  });

  it.each(['light', 'dark'] as const)('keeps every visible word at 20 px or more, inside its slide, and no web control, on every slide and step (%s)', async (colorScheme) => {
    const { page, log, close } = await openDeck('?present', { colorScheme });
    const problems: string[] = [];
    let positions = 0;
    for (;;) {
      positions += 1;
      problems.push(...(await page.evaluate(measureSlide)));
      // No web controls or filler on any slide, at any step: no button, no disclosure, no "Not stated".
      const slide = page.getByRole('group', { name: new RegExp(`^\\d+ of ${TOTAL}$`) });
      problems.push(
        ...(await slide.evaluate((element) => [
          ...[...element.querySelectorAll('button, [role="button"], [aria-expanded], summary, details')].map((c) => `control: ${c.outerHTML.slice(0, 60)}`),
          ...((element.textContent ?? '').includes('Not stated') ? [`"Not stated" on ${element.getAttribute('aria-label')}`] : []),
        ])),
      );
      const before = await page.getByRole('status').textContent();
      await page.keyboard.press('ArrowRight');
      const moved = await page
        .waitForFunction((text) => document.querySelector('.deck [role="status"]')?.textContent !== text, before, { timeout: 1500 })
        .then(() => true, () => false);
      if (!moved) break;
    }
    expect(problems).toEqual([]);
    // Every slide, plus each reveal step of the story and timeline slides.
    expect(positions).toBe(briefingSlides.reduce((sum, s) => sum + (s.kind === 'story' ? s.steps.length : s.kind === 'timeline' ? s.events.length : 1), 0));
    expectClean(log);
    await close();
  });

  it('letterboxes the 16:9 slide on any screen, scaled with a transform, with no scrollbars and 24 px targets', async () => {
    for (const viewport of [{ width: 1000, height: 1000 }, { width: 1920, height: 1080 }, { width: 320, height: 640 }, { width: 1600, height: 700 }]) {
      const { page, close } = await openDeck('?present&slide=3', { viewport });
      const box = await page.evaluate(() => {
        const frame = document.querySelector('.deck-stage__frame')!.getBoundingClientRect();
        const canvas = document.querySelector('.deck-stage__canvas')!.getBoundingClientRect();
        const root = document.documentElement;
        const targets = [...document.querySelectorAll('.deck-bar button')].map((b) => Math.min(b.getBoundingClientRect().width, b.getBoundingClientRect().height));
        return { ...frame.toJSON(), canvasWidth: canvas.width, scrollWidth: root.scrollWidth, scrollHeight: root.scrollHeight, smallestTarget: Math.min(...targets) };
      });
      expect(box.width / box.height).toBeCloseTo(16 / 9, 2);
      expect(box.width <= viewport.width + 0.5 && box.height <= viewport.height + 0.5).toBe(true);
      expect(Math.max(viewport.width - box.width, viewport.height - box.height)).toBeGreaterThanOrEqual(0);
      expect(Math.min(viewport.width - box.width, viewport.height - box.height)).toBeLessThan(1);
      expect(box.canvasWidth).toBeCloseTo(box.width, 0);
      expect(box.scrollWidth).toBeLessThanOrEqual(viewport.width);
      expect(box.scrollHeight).toBeLessThanOrEqual(viewport.height);
      expect(box.smallestTarget).toBeGreaterThanOrEqual(24);
      await close();
    }
  });
});

describe('speaker notes window', () => {
  it('S opens notes that follow the deck and drive it; either window survives the other closing; a reload resyncs', async () => {
    const { page, log, close } = await openDeck('?present&slide=3');
    const [notes] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
    await notes.waitForLoadState();
    expect(new URL(notes.url()).searchParams.get('view')).toBe('notes');
    await expect.poll(() => notes.locator('.notes-view__position').textContent()).toBe(`Now: slide 3 of ${TOTAL} · Point 1 of 3`);
    expect(await notes.getByRole('region', { name: 'A blunt letter to Kabul' }).textContent()).toContain('unusually blunt');
    expect(await notes.getByRole('heading', { name: /^Next: / }).textContent()).toBe(`Next: ${slideTitle(briefingSlides[3]!)}`);
    expect(await notes.locator('.notes-view__time').textContent()).toMatch(/^Elapsed 0:0\d · Time \d\d:\d\d$/);

    // Deck → notes, within half a second.
    await page.bringToFront();
    await page.keyboard.press('End');
    const movedAt = Date.now();
    await expect.poll(() => notes.locator('.notes-view__position').textContent(), { interval: 25 }).toBe(`Now: slide ${TOTAL} of ${TOTAL}`);
    expect(Date.now() - movedAt).toBeLessThan(500);

    // Notes → deck: keys and buttons in the notes window move the slides.
    await notes.bringToFront();
    await notes.keyboard.press('Home');
    await expect.poll(() => counter(page)).toBe(`1 / ${TOTAL}`);
    await notes.getByRole('button', { name: 'Next slide' }).click();
    await expect.poll(() => counter(page)).toBe(`2 / ${TOTAL}`);
    await notes.getByRole('button', { name: 'Next slide' }).click();
    await expect.poll(() => counter(page)).toBe(`3 / ${TOTAL}`);
    await notes.keyboard.press('b');
    await expect.poll(() => page.locator('.deck-blackout').count()).toBe(1);
    await notes.keyboard.press('b');
    await expect.poll(() => page.locator('.deck-blackout').count()).toBe(0);

    // A reloaded deck comes back where it was and the notes stay with it.
    await page.reload();
    await expect.poll(() => counter(page)).toBe(`3 / ${TOTAL}`);
    await page.bringToFront();
    await page.keyboard.press('PageDown');
    await expect.poll(() => notes.locator('.notes-view__position').textContent()).toBe(`Now: slide 3 of ${TOTAL} · Point 2 of 3`);

    // Closing the notes leaves the deck working.
    await notes.close();
    await pressTo(page, 'End', TOTAL);
    expectClean(log);
    await close();
  });

  it('the notes window works on its own when the deck is closed', async () => {
    const deadline = numberOf('deadline');
    const { page, log, close } = await openDeck(`?present&slide=${deadline}`);
    const notes = await page.context().newPage();
    await notes.goto(`${baseUrl}/?present&view=notes&slide=${deadline}`);
    await expect.poll(() => notes.locator('.notes-view__position').textContent()).toBe(`Now: slide ${deadline} of ${TOTAL} · Point 1 of 3`);
    await page.close();
    await notes.keyboard.press('End');
    await expect.poll(() => notes.locator('.notes-view__position').textContent()).toBe(`Now: slide ${TOTAL} of ${TOTAL}`);
    expect(new URL(notes.url()).searchParams.get('slide')).toBe(String(TOTAL));
    expectClean(log);
    await close();
  });
});

describe('blackout, keys, overview', () => {
  it('B blacks out the whole screen, other keys wait, B again brings the slides back', async () => {
    const { page, log, close } = await openDeck('?present&slide=3');
    await page.keyboard.press('b');
    const covered = await page.evaluate(() => document.elementFromPoint(640, 360)?.className);
    expect(covered).toBe('deck-blackout');
    expect(await page.locator('.deck-blackout').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
    await page.keyboard.press('ArrowRight');
    expect(await counter(page)).toBe(`3 / ${TOTAL}`);
    await page.keyboard.press('b');
    await expect.poll(() => page.locator('.deck-blackout').count()).toBe(0);
    await page.keyboard.press('.');
    await expect.poll(() => page.locator('.deck-blackout').count()).toBe(1);
    await page.mouse.click(640, 360);
    await expect.poll(() => page.locator('.deck-blackout').count()).toBe(0);
    expectClean(log);
    await close();
  });

  it('? shows the keys in a dialog; Escape closes it and focus comes back', async () => {
    const { page, log, close } = await openDeck('?present&slide=3');
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(await dialog.isVisible()).toBe(true);
    expect(await dialog.getByRole('row').count()).toBe(11);
    expect(await dialog.textContent()).toContain('Page Down');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Briefing slides');
    expect(await counter(page)).toBe(`3 / ${TOTAL}`);
    expectClean(log);
    await close();
  });

  it('Escape shows the overview; arrows move the choice, Enter opens it', async () => {
    const p = FIRST_PROPOSAL;
    const { page, log, close } = await openDeck(`?present&slide=${p}`);
    await page.keyboard.press('Escape');
    const dialog = page.getByRole('dialog', { name: 'All slides' });
    expect(await dialog.getByRole('button', { name: /^Slide \d+:/ }).count()).toBe(TOTAL);
    const focused = () => page.evaluate(() => document.activeElement?.querySelector('.overview__caption')?.textContent);
    expect(await focused()).toMatch(new RegExp(`^Slide ${p}:`));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(focused).toMatch(new RegExp(`^Slide ${p + 2}:`));
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => slideParam(page)).toBe(String(p + 2));
    expectClean(log);
    await close();
  });
});

describe('handout', () => {
  const pdfPages = (pdf: Buffer) => {
    const text = pdf.toString('latin1');
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => `${m[1]}x${m[2]}`);
    return { count: (text.match(/\/Type\s*\/Page(?!s)/g) ?? []).length, sizes: [...new Set(boxes)] };
  };
  const pdfinfoPages = (pdf: Buffer): number | null => {
    if (!existsSync('/usr/bin/pdfinfo')) return null;
    const file = join(mkdtempSync(join(tmpdir(), 'handout-')), 'deck.pdf');
    writeFileSync(file, pdf);
    return Number(/Pages:\s+(\d+)/.exec(execFileSync('/usr/bin/pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  };

  it('prints one landscape 1280×720 page per slide, with backgrounds, and the notes when asked', async () => {
    const { page, log, close } = await openDeck('?present&slide=4', { colorScheme: 'dark' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    // 1280×720 CSS px is 960×540 pt.
    expect(pdfPages(pdf)).toEqual({ count: TOTAL, sizes: ['960x540'] });
    const checked = pdfinfoPages(pdf);
    if (checked !== null) expect(checked).toBe(TOTAL);

    await page.emulateMedia({ media: 'print' });
    const pageStyle = await page.locator('.handout__page').first().evaluate((el) => {
      const style = getComputedStyle(el);
      return { background: style.backgroundColor, adjust: style.printColorAdjust, width: el.getBoundingClientRect().width };
    });
    // Paper is light whatever the screen's scheme (src/styles/print.css), here dark.
    expect(pageStyle).toEqual({ background: 'rgb(251, 250, 247)', adjust: 'exact', width: 1280 });
    expect(await page.locator('.handout__page').nth(FIRST_PROPOSAL - 1).textContent()).toContain('A UN-organized regional summit');
    // Printed pages show every reveal at once: nothing may spill out of its box there either.
    const spills = await page.evaluate(() =>
      [...document.querySelectorAll('.handout__page')].flatMap((handoutPage, index) =>
        [...handoutPage.querySelectorAll('.slide__body, .slide__card, .slide__header, .slide__footer, .slide__aside')]
          .filter((part) => part.scrollHeight > part.clientHeight + 1 || part.scrollWidth > part.clientWidth + 1)
          .map((part) => `page ${index + 1}: ${part.className}`),
      ),
    );
    expect(spills).toEqual([]);
    // Back to no emulation: page.pdf() would print with an emulated 'screen' medium.
    await page.emulateMedia({ media: null });

    await page.getByRole('button', { name: 'Print handout' }).click();
    await page.getByRole('checkbox', { name: 'Include the speaker notes under each slide' }).check();
    await page.getByRole('button', { name: 'Close' }).click();
    const withNotes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdfPages(withNotes)).toEqual({ count: TOTAL, sizes: ['960x540'] });
    await page.emulateMedia({ media: 'print' });
    // The notes' written points, and the text of the items they point at (here a story step the slide does not show).
    const newsNotes = await page.locator('.handout__page').nth(numberOf('news') - 1).locator('.handout__notes').textContent();
    expect(newsNotes).toContain('Stress whose words these are');
    expect(newsNotes).toContain(storySteps.find((step) => step.id === 'letter-confirmed')!.body[0]);
    // Every page's notes fit on that page: both clip what runs over (the notes box shrinks to the room left).
    const cutNotes = await page.evaluate(() =>
      [...document.querySelectorAll('.handout__page')].flatMap((handoutPage, index) => {
        const notes = handoutPage.querySelector('.handout__notes');
        if (notes === null) return [`page ${index + 1}: no notes`];
        const bottom = handoutPage.getBoundingClientRect().bottom - parseFloat(getComputedStyle(handoutPage).paddingBottom);
        const isCut = notes.scrollHeight > notes.clientHeight + 1 || notes.getBoundingClientRect().bottom > bottom + 1;
        return isCut ? [`page ${index + 1}: notes need ${notes.scrollHeight} px, have ${notes.clientHeight} px`] : [];
      }),
    );
    expect(cutNotes).toEqual([]);
    expectClean(log);
    await close();
  });
});

describe('touch, full screen, motion', () => {
  it('swipes left and right on a touch screen', async () => {
    const p = FIRST_PROPOSAL;
    const { page, log, close } = await openDeck(`?present&slide=${p}`, { hasTouch: true });
    const swipe = (fromX: number, toX: number) =>
      page.evaluate(
        ([from, to]) => {
          const frame = document.querySelector('.deck-stage__frame')!;
          const fire = (type: string, x: number) =>
            frame.dispatchEvent(new PointerEvent(type, { pointerType: 'touch', isPrimary: true, clientX: x, clientY: 360, bubbles: true }));
          fire('pointerdown', from!);
          fire('pointerup', to!);
        },
        [fromX, toX],
      );
    await swipe(900, 500);
    await expect.poll(() => counter(page)).toBe(`${p + 1} / ${TOTAL}`);
    await swipe(300, 700);
    await expect.poll(() => counter(page)).toBe(`${p} / ${TOTAL}`);
    await swipe(600, 630);
    expect(await counter(page)).toBe(`${p} / ${TOTAL}`);
    expectClean(log);
    await close();
  });

  it('F toggles full screen', async () => {
    const { page, log, close } = await openDeck('?present');
    expect(await page.getByRole('button', { name: 'Full screen' }).isVisible()).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === document.documentElement)).toBe(true);
    // The button follows the browser's fullscreenchange event, a moment after the element changes.
    await expect.poll(() => page.getByRole('button', { name: 'Full screen' }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
    expectClean(log);
    await close();
  });

  it.each([
    ['reduce', true],
    ['no-preference', false],
  ] as const)('with reduced motion %s, the next slide is fully shown at once: %s', async (reducedMotion, isInstant) => {
    const { page, close } = await openDeck('?present&slide=6', { reducedMotion });
    const opacity = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
          const check = () => {
            const label = document.querySelector('[aria-roledescription="slide"]')?.getAttribute('aria-label');
            if (label?.startsWith('7 ')) resolve(Number(getComputedStyle(document.querySelector('.deck-stage__slide')!).opacity));
            else requestAnimationFrame(check);
          };
          check();
        }),
    );
    if (isInstant) expect(opacity).toBe(1);
    else expect(opacity).toBeLessThan(1);
    await close();
  });
});

describe('from the article and back', () => {
  it('Present switches to the deck with focus on it; Exit restores the page, its scroll and focus on Present', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/`);
    const link = page.getByRole('link', { name: 'Present this explainer as slides' });
    await link.evaluate((el: HTMLElement) => el.focus({ preventScroll: true }));
    await page.evaluate(() => window.scrollTo({ top: 2400, behavior: 'instant' }));
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Briefing slides' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Briefing slides');
    await expect.poll(() => new URL(page.url()).search).toBe('?present&slide=1');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: 'Exit presentation' }).click();
    await page.getByRole('main').waitFor();
    expect(new URL(page.url()).search).toBe('');
    await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBe(2400);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Present');
    expectClean(log);
    await close();
  });
});

/**
 * Runs in the page: every visible text of the live slide must render at 20 px
 * or more (CSS size × the deck's scale × an SVG's own viewBox scale), and no
 * part of the slide may overflow its box or reach into the control bar.
 */
function measureSlide(): string[] {
  const frame = document.querySelector<HTMLElement>('.deck-stage__slide .slide-frame');
  const status = document.querySelector('.deck [role="status"]')?.textContent ?? '';
  if (frame === null) return [`${status}: no slide`];
  const canvasScale = frame.getBoundingClientRect().width / 1280;
  const problems: string[] = [];
  const opacityOf = (element: Element | null): number => {
    let opacity = 1;
    for (let node = element; node !== null && node !== frame; node = node.parentElement) opacity *= Number(getComputedStyle(node).opacity);
    return opacity;
  };
  const walker = document.createTreeWalker(frame, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const element = node.parentElement;
    if (element === null || (node.textContent ?? '').trim() === '' || element.closest('.visually-hidden')) continue;
    const style = getComputedStyle(element);
    const range = document.createRange();
    range.selectNodeContents(node);
    const rect = range.getBoundingClientRect();
    if (style.visibility !== 'visible' || rect.width === 0 || rect.height === 0 || opacityOf(element) === 0) continue;
    const svg = element.closest('svg');
    const svgScale = svg === null ? 1 : svg.getBoundingClientRect().width / (svg.viewBox.baseVal.width * canvasScale);
    const size = parseFloat(style.fontSize) * svgScale;
    if (size < 19.95) problems.push(`${status}: "${(node.textContent ?? '').trim().slice(0, 40)}" at ${size.toFixed(1)} px`);
  }
  for (const part of frame.querySelectorAll('.slide__body, .slide__card, .slide__header, .slide__footer, .slide__aside')) {
    if (part.scrollHeight > part.clientHeight + 1 || part.scrollWidth > part.clientWidth + 1) problems.push(`${status}: ${part.className} overflows`);
  }
  const top = frame.getBoundingClientRect().top;
  const barTop = (720 - 72) * canvasScale;
  for (const element of frame.querySelectorAll('.slide *')) {
    const rect = element.getBoundingClientRect();
    if (rect.height > 0 && getComputedStyle(element).visibility === 'visible' && rect.bottom - top > barTop + 1)
      problems.push(`${status}: ${element.tagName.toLowerCase()}.${String(element.className)} reaches into the control bar`);
  }
  return problems;
}
