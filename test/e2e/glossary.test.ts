import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { glossary, glossaryAnchor } from '../../src/content/glossary';
import { storySections } from '../../src/content/story';
import { describeViolations, runAxe } from './axe';
import { hydrateAll, openPage, useChromium } from './chromium';

const baseUrl = inject('baseUrl');
const env = useChromium();

/** The first marked use of each glossary term on the page, by the entry it links to. */
const firstUses = async (page: Page): Promise<Map<string, Locator>> => {
  const hrefs = await page.locator('a.term__button').evaluateAll((terms) => terms.map((term) => term.getAttribute('href')!));
  const uses = new Map<string, Locator>();
  hrefs.forEach((href, index) => {
    if (!uses.has(href)) uses.set(href, page.locator('a.term__button').nth(index));
  });
  return uses;
};

/** The open definition beside a term, as the reader sees it. */
const definitionOf = (term: Locator) => term.locator('xpath=..').getByRole('tooltip');

/** Where the definition sits, and whether each of its sentences shows a source marker. */
const describeDefinition = (definition: Locator) =>
  definition.evaluate((note) => {
    const box = note.getBoundingClientRect();
    const sentences = Array.from(note.querySelectorAll('.term__sentence'));
    return {
      left: box.left,
      right: box.right,
      sentences: sentences.length,
      sentencesWithVisibleSource: sentences.filter((sentence) =>
        Array.from(sentence.querySelectorAll<HTMLElement>('.cite__button')).some((marker) => marker.getClientRects().length > 0 && getComputedStyle(marker).visibility === 'visible'),
      ).length,
    };
  });

describe('the glossary at the word', () => {
  it('opens every term’s definition by tap, inside a 320 px screen, each sentence with a visible source; a second tap closes it', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 320, height: 700 }, hasTouch: true, isMobile: true });
    await page.goto(`${baseUrl}/`);
    await hydrateAll(page);
    const uses = await firstUses(page);
    expect([...uses.keys()].sort()).toEqual(glossary.map((entry) => `#${glossaryAnchor(entry.id)}`).sort());
    for (const [href, term] of uses) {
      await term.tap();
      const definition = definitionOf(term);
      await expect.poll(() => definition.locator('.term__sentence').count(), { timeout: 5000 }).toBeGreaterThan(0);
      const seen = await describeDefinition(definition);
      expect(seen.left, href).toBeGreaterThanOrEqual(0);
      expect(seen.right, href).toBeLessThanOrEqual(320);
      expect(seen.sentencesWithVisibleSource, href).toBe(seen.sentences);
      await term.tap();
      await expect.poll(() => definition.count()).toBe(0);
    }
    expect(log.pageErrors).toEqual([]);
    await close();
  });

  it('opens each definition on keyboard focus, names it as the term’s description, and hides it on Escape with focus kept', async () => {
    const { page, close } = await openPage(env.browser, { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/`);
    await hydrateAll(page);
    for (const [href, term] of await firstUses(page)) {
      // Focus from the element before it, as Tab would arrive.
      await term.evaluate((element) => {
        const stops = Array.from(document.querySelectorAll<HTMLElement>('a[href], button, summary, [tabindex="0"]'));
        stops[stops.indexOf(element as HTMLElement) - 1]?.focus();
      });
      await page.keyboard.press('Tab');
      expect(await term.evaluate((element) => element === document.activeElement), href).toBe(true);
      const definition = definitionOf(term);
      await expect.poll(() => definition.locator('.term__sentence').count(), { timeout: 5000 }).toBeGreaterThan(0);
      const describedBy = await term.getAttribute('aria-describedby');
      expect(await definition.getAttribute('id'), href).toBe(describedBy);
      await page.keyboard.press('Escape');
      await expect.poll(() => definition.count()).toBe(0);
      expect(await term.evaluate((element) => element === document.activeElement), href).toBe(true);
    }
    await close();
  });

  it('passes axe with a definition open, in light and dark', async () => {
    const { page, close } = await openPage(env.browser, { viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/`);
    await hydrateAll(page);
    const [, term] = [...(await firstUses(page))][0]!;
    await term.click();
    await expect.poll(() => definitionOf(term).locator('.term__sentence').count(), { timeout: 5000 }).toBeGreaterThan(0);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      expect(await definitionOf(term).isVisible()).toBe(true);
      expect(describeViolations(await runAxe(page)), colorScheme).toBe('');
    }
    await close();
  });

  it('links each term to its Glossary entry without scripts, and each entry back to the sections that use it', async () => {
    const { page, close } = await openPage(env.browser, { viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    await page.goto(`${baseUrl}/`);
    const sectionIds = new Set(storySections.map((section) => section.id));
    const uses = await firstUses(page);
    expect(uses.size).toBeGreaterThanOrEqual(8);
    for (const [href] of uses) {
      const entry = page.locator(`[id="${href.slice(1)}"]`);
      expect(await entry.count(), href).toBe(1);
      const backLinks = await entry.locator('.glossary__used a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!.slice(1)));
      expect(backLinks.length, href).toBeGreaterThan(0);
      backLinks.forEach((id) => expect(sectionIds.has(id as never), `${href} -> #${id}`).toBe(true));
    }
    // Following a term's link opens the folded Glossary at its entry.
    const [firstHref, firstTerm] = [...uses][0]!;
    await firstTerm.click();
    expect(await page.locator(`[id="${firstHref.slice(1)}"]`).isVisible()).toBe(true);
    await close();
  });
});
