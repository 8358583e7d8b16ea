import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { mapPlaces, mapUi } from '../../src/content/map';
import { describeViolations, runAxe } from './axe';
import { openPage, settle, useChromium } from './chromium';

const baseUrl = inject('baseUrl');
const env = useChromium();

const REQUIRED_LABELS = ['Afghanistan', 'Pakistan', 'Iran', 'China', 'India', 'Russia', 'Kabul', 'Doha', 'Turkey'];
const STEPS = [
  { id: 'proposal-summit', focus: 'summit', forward: ['russia', 'china', 'pakistan', 'iran', 'india'] },
  { id: 'proposal-written', focus: 'shuttle', forward: ['kabul', 'doha'] },
  { id: 'proposal-turkey', focus: 'turkey', forward: ['turkey'] },
] as const;

/** The story's map as drawn now: its focus, the places it brings forward, and whether its shapes really paint. */
const mapState = (page: Page) =>
  page.locator('#proposals .scrolly__graphic').evaluate((graphic) => {
    const map = graphic.querySelector('.locator-map');
    const land = map?.querySelector<SVGGraphicsElement>('use[href="#lm-land"]');
    return {
      focus: map?.getAttribute('data-focus') ?? null,
      forward: Array.from(map?.querySelectorAll('[data-focused="true"]') ?? []).map((place) => place.getAttribute('data-place')),
      hatched: Array.from(map?.querySelectorAll<SVGElement>('.lm-hatch') ?? [])
        .filter((hatch) => getComputedStyle(hatch).opacity === '1')
        .map((hatch) => hatch.dataset.country),
      landWidth: land?.getBBox().width ?? 0,
    };
  });

/** Brings a step's top just past the line the story's CSS sets, as a reader scrolling down does. */
const reachStep = async (page: Page, id: string) => {
  await page.locator(`#step-${id}`).evaluate((step) => {
    const line = Number.parseFloat(getComputedStyle(step.closest('.scrolly')!).getPropertyValue('--step-line')) || 50;
    window.scrollBy({ top: step.getBoundingClientRect().top - (innerHeight * line) / 100 + 40, behavior: 'instant' });
  });
  await expect.poll(() => page.locator(`[data-graphic-step="${id}"]`).count(), { timeout: 10_000 }).toBe(1);
};


/**
 * What a reader could not read on the map as drawn now: a label that overlaps
 * another label, or another place's point or ring, or runs past the map's
 * edge. Boxes are the glyphs' font boxes (generous), less 1 px of slack.
 */
const labelClashes = (page: Page, mapSelector: string) =>
  page.locator(mapSelector).evaluate((map) => {
    const isShown = (el: Element) => {
      for (let at: Element | null = el; at !== null && at !== map; at = at.parentElement) if (Number(getComputedStyle(at).opacity) === 0) return false;
      return true;
    };
    const placeOf = (el: Element) => el.closest('[data-place], [data-later-place]');
    const nameOf = (el: Element) => `${el.textContent?.trim() || el.getAttribute('class')} (${placeOf(el)?.getAttribute('data-place') ?? placeOf(el)?.getAttribute('data-later-place')})`;
    const marks = Array.from(map.querySelectorAll('.lm-label, .lm-point, .lm-ring, .lm-later__mark')).filter(isShown)
      .map((el) => ({ el, box: el.getBoundingClientRect(), isLabel: el.classList.contains('lm-label') }));
    const frame = map.getBoundingClientRect();
    const clashes: string[] = [];
    marks.forEach((a, index) => {
      if (a.isLabel && (a.box.left < frame.left - 0.5 || a.box.right > frame.right + 0.5 || a.box.top < frame.top - 0.5 || a.box.bottom > frame.bottom + 0.5)) clashes.push(`${nameOf(a.el)} runs past the edge`);
      for (const b of marks.slice(index + 1)) {
        if (!a.isLabel && !b.isLabel) continue;
        // A place's own label sits beside its own point; two labels of one place (Moscow's later note) must not touch.
        if (placeOf(a.el) === placeOf(b.el) && !(a.isLabel && b.isLabel)) continue;
        const overlaps = a.box.left + 1 < b.box.right && b.box.left + 1 < a.box.right && a.box.top + 1 < b.box.bottom && b.box.top + 1 < a.box.bottom;
        if (overlaps) clashes.push(`${nameOf(a.el)} overlaps ${nameOf(b.el)}`);
      }
    });
    return clashes;
  });

describe('the locator map (issue #17)', () => {
  it('is inline SVG in the HTML as served, labelled, with its shapes in the page and none in any script', async () => {
    const { page, close } = await openPage(env.browser, { viewport: { width: 1440, height: 900 }, javaScriptEnabled: false });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${baseUrl}/`);
    const map = page.locator('#proposals svg.locator-map');
    expect(await map.count()).toBe(1);
    const labels = await map.locator('.lm-label').allTextContents();
    for (const label of REQUIRED_LABELS) expect(labels, label).toContain(label);
    // The shapes the map draws are in this very page, and really paint.
    expect(await page.locator('svg.locator-map-defs #lm-afghanistan').count()).toBe(1);
    expect(await map.locator('use[href="#lm-land"]').evaluate((use) => (use as SVGGraphicsElement).getBBox().width)).toBeGreaterThan(300);
    expect(requests.filter((path) => /atlas|topo|countries|\.geojson/i.test(path))).toEqual([]);
    await close();
    // No script the browser loads carries the shapes.
    const landPath = /<path id="lm-land" d="([^"]{40})/.exec(readFileSync('dist/index.html', 'utf8'))![1]!;
    const scripts = readdirSync('dist/assets').filter((file) => file.endsWith('.js'));
    expect(scripts.filter((file) => readFileSync(`dist/assets/${file}`, 'utf8').includes(landPath))).toEqual([]);
  });

  describe.each([
    { width: 390, height: 844 },
    { width: 1440, height: 900 },
  ])('at $width×$height', (viewport) => {
    it('changes what it brings forward as the proposals scroll by, and passes axe in light and dark', async () => {
      const { page, log, close } = await openPage(env.browser, { viewport, reducedMotion: 'reduce' });
      await page.goto(`${baseUrl}/`);
      for (const step of STEPS) {
        await reachStep(page, step.id);
        await expect.poll(async () => (await mapState(page)).focus, { timeout: 10_000 }).toBe(step.focus);
        const state = await mapState(page);
        expect(state.forward, step.id).toEqual(expect.arrayContaining([...step.forward]));
        expect(state.landWidth).toBeGreaterThan(100);
        // Motion sets opacity on its next frame, even when instant (reduced motion): wait for that frame.
        const hatched = { summit: ['china', 'india', 'iran', 'pakistan', 'russia'], turkey: ['turkey'], shuttle: [] }[step.focus];
        await expect.poll(async () => (await mapState(page)).hatched.sort(), { timeout: 5_000 }).toEqual(hatched);
      }
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await settle(page);
        expect(describeViolations(await runAxe(page)), colorScheme).toBe('');
      }
      expect(log.pageErrors).toEqual([]);
      await close();
    });

    it('keeps every label clear of the others, of the points and of the edge, at each step (hindsight marks included)', async () => {
      const { page, close } = await openPage(env.browser, { viewport, reducedMotion: 'reduce' });
      await page.goto(`${baseUrl}/?hindsight`);
      const clashes: string[] = [];
      for (const step of STEPS) {
        await reachStep(page, step.id);
        await expect.poll(async () => (await mapState(page)).focus, { timeout: 10_000 }).toBe(step.focus);
        await expect.poll(() => page.locator('#proposals .scrolly__graphic [data-later-place="moscow"]').count(), { timeout: 10_000 }).toBe(1);
        clashes.push(...(await labelClashes(page, '#proposals .scrolly__graphic svg.locator-map')).map((clash) => `${step.id}: ${clash}`));
      }
      expect(clashes).toEqual([]);
      await close();
    });
  });

  it('?embed=map: the map with its title and description, and a list naming exactly the places it labels', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 700, height: 900 } });
    await page.goto(`${baseUrl}/embed/map/?embed=map`);
    const map = page.getByRole('img', { name: new RegExp(mapUi.title) });
    expect(await map.isVisible()).toBe(true);
    expect(await map.locator('use[href="#lm-land"]').evaluate((use) => (use as SVGGraphicsElement).getBBox().width)).toBeGreaterThan(300);
    const list = page.getByRole('region', { name: mapUi.listHeading });
    const names = await list.locator('.place-list__name').allTextContents();
    expect(names).toEqual(mapPlaces.map((place) => place.label));
    const labels = await map.locator('.lm-place .lm-label').allTextContents();
    expect(labels.filter((label) => label !== mapUi.offMapWest).sort()).toEqual(names.filter((name) => name !== 'United States').sort());
    expect(describeViolations(await runAxe(page))).toBe('');
    // Narrowest frame, later mark on: labels are at their largest against the map.
    await page.setViewportSize({ width: 320, height: 900 });
    await page.goto(`${baseUrl}/embed/map/?embed=map&hindsight`);
    await expect.poll(() => page.locator('svg.locator-map [data-later-place="moscow"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await labelClashes(page, 'svg.locator-map')).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    await close();
  });

  it('with ?hindsight marks Moscow’s later meeting as later reporting, on the map and in the list', async () => {
    const { page, close } = await openPage(env.browser, { viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/?hindsight`);
    await reachStep(page, 'proposal-summit');
    await expect
      .poll(() => page.locator('#proposals .scrolly__graphic [data-later-place="moscow"]').textContent(), { timeout: 10_000 })
      .toBe('Later: a meeting, March 18, 2021');
    const item = page.locator('#proposals .place-list [data-place="moscow"]');
    await expect.poll(() => item.locator('.cite--later').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await close();
  });

  it('has a deck slide: the map, stepping from the summit to the envoy’s stops to Turkey', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/?present&slide=8`);
    const slide = page.locator('.slide').filter({ has: page.getByRole('heading', { name: 'Where the diplomacy would happen' }) });
    await expect.poll(() => slide.count(), { timeout: 10_000 }).toBe(1);
    // The slide on screen, not its copy in the printable handout (drawn just after the deck appears).
    const onScreen = '.deck__region .slide .locator-map';
    expect(await page.locator(onScreen).count()).toBe(1);
    const focus = () => page.locator(onScreen).getAttribute('data-focus');
    expect(await focus()).toBe('summit');
    const clashes = await labelClashes(page, onScreen);
    await page.keyboard.press('ArrowRight');
    await expect.poll(focus).toBe('shuttle');
    clashes.push(...(await labelClashes(page, onScreen)));
    await page.keyboard.press('ArrowRight');
    await expect.poll(focus).toBe('turkey');
    clashes.push(...(await labelClashes(page, onScreen)));
    expect(clashes).toEqual([]);
    expect(await page.locator(`${onScreen} use[href="#lm-land"]`).evaluate((use) => (use as SVGGraphicsElement).getBBox().width)).toBeGreaterThan(300);
    expect(log.pageErrors).toEqual([]);
    await close();
  });
});
