import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { briefingSlides } from '../../src/content/briefing';
import { slideTitle } from '../../src/features/present/slideModel';
import { openPage, settle, useChromium } from './chromium';

// Every deck window of the site shares one BroadcastChannel (pages of one browser context
// reach each other on it). Only a deck and the notes window it opened may follow each
// other: a deck opened with slide=N shows slide N whatever other decks are doing.

const baseUrl = inject('baseUrl');
const TOTAL = briefingSlides.length;
const PROJECTOR = { width: 1280, height: 720 };
const env = useChromium();

/** Console errors, warnings and page errors of every page given, for a clean-run check. */
const watch = (problems: string[], page: Page) => {
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(error.message));
};

/** One browser context (so its pages share the channel) and a way to open decks in it. */
const openContext = async () => {
  const { page: first, log, close } = await openPage(env.browser, { viewport: PROJECTOR, reducedMotion: 'reduce' });
  const problems: string[] = [];
  const context = first.context();
  let unused: Page | null = first;
  const openDeck = async (search: string): Promise<Page> => {
    const page = unused ?? (await context.newPage());
    if (page !== first) watch(problems, page);
    unused = null;
    await page.goto(`${baseUrl}/${search}`);
    await page.getByRole('region', { name: 'Briefing slides' }).waitFor();
    return page;
  };
  return { context, openDeck, log, problems, close };
};

/** The slide a deck shows, by its role and name (`5 of 12`): `n`, or null while it shows none or several. */
const shownSlide = async (deck: Page): Promise<number | null> => {
  const slides = deck.getByRole('group', { name: new RegExp(`^\\d+ of ${TOTAL}$`) });
  if ((await slides.count()) !== 1) return null;
  return Number((await slides.getAttribute('aria-label'))?.split(' ')[0]);
};
/** The slide a notes window shows: its notes are a region named by the slide's title. */
const notesSlide = async (notes: Page): Promise<number | null> => {
  for (const [index, slide] of briefingSlides.entries()) {
    if ((await notes.getByRole('region', { name: slideTitle(slide), exact: true }).count()) === 1) return index + 1;
  }
  return null;
};
const press = async (page: Page, key: string) => {
  await page.bringToFront();
  await page.keyboard.press(key);
};
/** Until any stray message (a hello's answers, a move) has arrived and been drawn: both windows idle, twice over. */
const settleBoth = async (page: Page) => {
  for (const each of [...page.context().pages(), ...page.context().pages()]) await settle(each);
};

describe('deck pairing over the shared channel', () => {
  it('a deck opened with slide=5 beside a deck on slide 2 shows 5 and stays there; neither moves the other', async () => {
    const { openDeck, log, problems, close } = await openContext();
    const first = await openDeck('?present&slide=2');
    expect(await shownSlide(first)).toBe(2);

    const second = await openDeck('?present&slide=6');
    await expect.poll(() => shownSlide(second)).toBe(6);
    await settleBoth(second);
    expect(await shownSlide(second)).toBe(6);
    expect(new URL(second.url()).searchParams.get('slide')).toBe('6');
    expect(await shownSlide(first)).toBe(2);

    await press(first, 'End');
    await expect.poll(() => shownSlide(first)).toBe(TOTAL);
    await press(second, 'ArrowRight');
    await expect.poll(() => shownSlide(second)).toBe(7);
    await settleBoth(second);
    expect(await shownSlide(first)).toBe(TOTAL);
    expect(await shownSlide(second)).toBe(7);

    expect(log.pageErrors).toEqual([]);
    expect(log.consoleProblems).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it('S pairs a notes window with its deck, both ways, while an unrelated deck stays put', async () => {
    const { context, openDeck, log, problems, close } = await openContext();
    // Proposal slides: one key press moves one slide (story slides reveal step by step).
    const deck = await openDeck('?present&slide=9');
    const bystander = await openDeck('?present&slide=12');

    await deck.bringToFront();
    const [notes] = await Promise.all([context.waitForEvent('page'), deck.keyboard.press('s')]);
    watch(problems, notes);
    await notes.waitForLoadState();
    const address = new URL(notes.url()).searchParams;
    expect(address.get('view')).toBe('notes');
    expect(address.get('pair')).toMatch(/^[a-z0-9-]{8,64}$/);
    await expect.poll(() => notesSlide(notes)).toBe(9);

    // Deck → notes.
    await press(deck, 'ArrowRight');
    await expect.poll(() => shownSlide(deck)).toBe(10);
    await expect.poll(() => notesSlide(notes)).toBe(10);

    // Notes → deck, and blackout.
    await press(notes, 'ArrowRight');
    await expect.poll(() => notesSlide(notes)).toBe(11);
    await expect.poll(() => shownSlide(deck)).toBe(11);
    await press(notes, 'b');
    await expect.poll(() => deck.locator('.deck-blackout').count()).toBe(1);
    await press(notes, 'b');
    await expect.poll(() => deck.locator('.deck-blackout').count()).toBe(0);

    // The unrelated deck moved with none of it, and moves neither of them.
    await settleBoth(bystander);
    expect(await shownSlide(bystander)).toBe(12);
    expect(await bystander.locator('.deck-blackout').count()).toBe(0);
    await press(bystander, 'ArrowRight');
    await expect.poll(() => shownSlide(bystander)).toBe(13);
    await settleBoth(bystander);
    expect(await shownSlide(deck)).toBe(11);
    expect(await notesSlide(notes)).toBe(11);

    expect(log.pageErrors).toEqual([]);
    expect(log.consoleProblems).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });
});
