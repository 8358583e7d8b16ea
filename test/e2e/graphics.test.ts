import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { hindsightSteps } from '../../src/content/hindsight';
import { storySteps } from '../../src/content/story';
import { troopPoints } from '../../src/content/troops';
import { formatCount } from '../../src/lib/numbers';
import { openPage, settle, useChromium } from './chromium';

/*
 * The story's graphics as a reader sees them, measured in Chromium. axe skips
 * text whose contrast depends on opacity, and the scenes dim by opacity, so
 * the contrast here is computed by hand: each text's colour and each layer
 * under it, with the opacity of every group they sit in, composited the way
 * the browser does (a group's opacity applies to the group as a whole).
 */

const baseUrl = inject('baseUrl');
const env = useChromium();

const MIN_CONTRAST = 4.5;
const MIN_LABEL_PX = 12;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

const snapshots = troopPoints.filter((point) => point.kind === 'snapshot');
const peak = snapshots.reduce((best, point) => (point.troops > best.troops ? point : best));
const last = snapshots[snapshots.length - 1]!;

interface TextReading {
  readonly text: string;
  readonly contrast: number;
  readonly px: number;
}

/**
 * Every visible text of the element matching `selector`: its effective
 * contrast against what is painted under it and its rendered size in CSS px
 * (font size times the SVG's scale). Runs in the page.
 */
const readTexts = (page: Page, selector: string): Promise<TextReading[]> =>
  page.evaluate((rootSelector) => {
    type Rgba = [number, number, number, number];
    const root = document.querySelector(rootSelector);
    if (root === null) throw new Error(`no ${rootSelector}`);
    const parse = (value: string): Rgba | null => {
      if (value === 'none' || value === 'transparent' || value.startsWith('url(')) return null;
      const match = /^rgba?\(([^)]+)\)$/.exec(value);
      if (match === null) throw new Error(`unparsed colour ${value}`);
      const [r = 0, g = 0, b = 0, a = 1] = match[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
      return [r, g, b, a];
    };
    const opacityOf = (el: Element) => Number(getComputedStyle(el).opacity);
    const chainOpacity = (el: Element | null) => {
      let product = 1;
      for (let at = el; at !== null; at = at.parentElement) product *= opacityOf(at);
      return product;
    };
    const isSvgPaint = (el: Element) => el instanceof SVGElement && !(el instanceof SVGSVGElement);
    /** What an element paints under its children (or as a shape), premultiplied, without its own opacity. */
    const ownPaint = (el: Element): Rgba | null => {
      const style = getComputedStyle(el);
      if (isSvgPaint(el)) {
        if (!['rect', 'circle', 'ellipse', 'path', 'polygon'].includes(el.localName)) return null;
        const fill = parse(style.fill);
        return fill === null ? null : [fill[0], fill[1], fill[2], fill[3] * Number(style.fillOpacity)];
      }
      return parse(style.backgroundColor);
    };
    /** `top` over `bottom`, both straight-alpha. */
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const a = top[3] + bottom[3] * (1 - top[3]);
      if (a === 0) return [0, 0, 0, 0];
      const mix = (i: 0 | 1 | 2) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
      return [mix(0), mix(1), mix(2), a];
    };
    const fade = (colour: Rgba, by: number): Rgba => [colour[0], colour[1], colour[2], colour[3] * by];
    const luminance = ([r, g, b]: Rgba) => {
      const channel = (v: number) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const ratio = (a: Rgba, b: Rgba) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    const probe = document.createElement('div');
    probe.style.backgroundColor = 'Canvas';
    document.body.append(probe);
    const canvas = parse(getComputedStyle(probe).backgroundColor) ?? [255, 255, 255, 1];
    probe.remove();

    const container = root.closest('.scrolly__graphic') ?? root;
    const readings: { text: string; contrast: number; px: number }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const el = node.parentElement;
      if (text === '' || el === null) continue;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || chainOpacity(el) === 0) continue;
      const isSvgText = el instanceof SVGElement;
      const colour = parse(isSvgText ? style.fill : style.color);
      if (colour === null) continue;
      const textColour = fade(colour, isSvgText ? Number(style.fillOpacity) : 1);

      // Ancestors of the text, innermost first; the layers under it, bottom first, from the hit test.
      const chain: Element[] = [];
      for (let at: Element | null = el; at !== null; at = at.parentElement) chain.push(at);
      const stack = document.elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      const textIndex = stack.findIndex((hit) => hit === el || el.contains(hit));
      const below = stack
        .slice(textIndex + 1)
        .filter((hit) => !chain.includes(hit) && !(hit instanceof SVGTextContentElement) && container.contains(hit))
        .reverse();
      /** The colour at the text with or without the text itself, composited group by group up the chain. */
      const composite = (withText: boolean): Rgba => {
        let acc: Rgba = withText ? textColour : [0, 0, 0, 0];
        chain.forEach((ancestor, level) => {
          acc = fade(acc, opacityOf(ancestor));
          const parent = chain[level + 1];
          if (parent === undefined) return;
          // What the parent's group paints beneath this branch: its own background, then side branches.
          let under: Rgba = ownPaint(parent) ?? [0, 0, 0, 0];
          for (const layer of below) {
            if (!parent.contains(layer) || ancestor.contains(layer)) continue;
            const paint = ownPaint(layer);
            if (paint === null) continue;
            let branch = 1;
            for (let at: Element | null = layer; at !== null && at !== parent; at = at.parentElement) branch *= opacityOf(at);
            under = over(fade(paint, branch), under);
          }
          acc = over(acc, under);
        });
        return over(acc, canvas);
      };
      // A text in an SVG is drawn at its font size times the SVG's scale.
      const graphic = (el.closest('foreignObject') ?? (el instanceof SVGGraphicsElement ? el : null)) as SVGGraphicsElement | null;
      const matrix = graphic?.getScreenCTM();
      const scale = matrix ? Math.hypot(matrix.a, matrix.b) : 1;
      readings.push({
        text,
        contrast: Math.round(ratio(composite(true), composite(false)) * 100) / 100,
        px: Math.round(parseFloat(style.fontSize) * scale * 100) / 100,
      });
    }
    return readings;
  }, selector);

/** Reads until two readings a moment apart agree: scene changes fade or glide until they rest. */
const readSettled = async (page: Page, selector: string): Promise<TextReading[]> => {
  let previous = '';
  for (let attempt = 0; attempt < 40; attempt += 1) {
    await settle(page);
    const readings = await readTexts(page, selector);
    const key = JSON.stringify(readings);
    if (key === previous) return readings;
    previous = key;
    await page.waitForTimeout(120);
  }
  throw new Error(`${selector} never came to rest`);
};

const showStep = async (page: Page, id: string): Promise<string> => {
  // Bring the step's top just above the line steps turn active at (--step-line: mid-screen on desktop, lower on phones).
  await page.locator(`[data-step-id="${id}"]`).evaluate((el) => {
    const story = el.closest('[data-story]') ?? document.documentElement;
    const line = Number.parseFloat(getComputedStyle(story).getPropertyValue('--step-line')) || 50;
    const top = el.getBoundingClientRect().top + window.scrollY - (window.innerHeight * line) / 100 + 40;
    window.scrollTo({ top, behavior: 'instant' });
  });
  await expect.poll(() => page.locator(`[data-graphic-step="${id}"]`).count(), { timeout: 10_000 }).toBe(1);
  return `[data-graphic-step="${id}"]`;
};

const worst = <T>(items: readonly T[], by: (item: T) => number): T | undefined =>
  items.reduce<T | undefined>((low, item) => (low === undefined || by(item) < by(low) ? item : low), undefined);

const report = (line: string) => {
  if (process.env.GRAPHICS_REPORT) console.log(line);
};

describe.each([
  { name: 'desktop', viewport: DESKTOP },
  { name: 'phone', viewport: PHONE },
])('the story graphics at $name, light and dark', ({ name, viewport }) => {
  it(
    'keep every text of every step at 4.5:1 or more, opacity counted, and no label under 12 px on a phone',
    async () => {
      const { page, log, close } = await openPage(env.browser, { viewport, reducedMotion: 'reduce' });
      await page.goto(`${baseUrl}/`);
      const ids = await page.locator('[data-step-id]').evaluateAll((steps) => steps.map((step) => (step as HTMLElement).dataset.stepId ?? ''));
      expect(ids).toEqual([...storySteps, ...hindsightSteps].map((step) => step.id));
      const low: string[] = [];
      const small: string[] = [];
      const all: (TextReading & { step: string; scheme: string })[] = [];
      // "What happened next" draws one scene whose labels stay put from step to step (only marks move): read it once.
      for (const id of ids.filter((stepId) => !hindsightSteps.slice(1).some((step) => step.id === stepId))) {
        const selector = await showStep(page, id);
        // The schemes differ only in CSS: each step is read in both on one visit.
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
          const readings = await readSettled(page, selector);
          expect(readings.length, `step ${id} shows no text`).toBeGreaterThan(0);
          for (const reading of readings) {
            all.push({ ...reading, step: id, scheme: colorScheme });
            if (reading.contrast < MIN_CONTRAST) low.push(`${colorScheme} ${id}: “${reading.text}” ${reading.contrast}:1`);
            if (viewport === PHONE && reading.px < MIN_LABEL_PX - 0.01) small.push(`${id}: “${reading.text}” ${reading.px}px`);
          }
        }
      }
      const dimmest = worst(all, (reading) => reading.contrast);
      const smallest = worst(all, (reading) => reading.px);
      report(`${name}: lowest contrast ${dimmest?.contrast}:1 (${dimmest?.scheme} ${dimmest?.step} “${dimmest?.text}”), smallest ${smallest?.px}px (${smallest?.step} “${smallest?.text}”)`);
      expect(low).toEqual([]);
      expect(small).toEqual([]);
      expect(log.pageErrors).toEqual([]);
      await close();
    },
    240_000,
  );
});

describe('the troop charts', () => {
  const peakValue = formatCount(peak.troops);
  const lastValue = formatCount(last.troops);

  it.each([
    { name: 'desktop', viewport: DESKTOP },
    { name: 'phone', viewport: PHONE },
  ])('label the peak, the last count and the gridlines on the one troop chart ($name)', async ({ viewport }) => {
    const { page, close } = await openPage(env.browser, { viewport, reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/`);
    const troopsStep = storySteps.find((step) => step.graphic.scene === 'troops')!;
    const scene = await readSettled(page, await showStep(page, troopsStep.id));
    const sceneText = scene.map((reading) => reading.text).join(' | ');
    expect(sceneText).toContain(peakValue);
    expect(sceneText).toContain(lastValue);
    // The time axis is drawn wider for the last months: the scene says so.
    expect(sceneText).toMatch(/wider/);
    const sceneGrid = scene.filter((reading) => /^\d+k$/.test(reading.text));
    expect(sceneGrid.length, sceneText).toBeGreaterThanOrEqual(3);

    // The timeline's chart carries no troop curve (the scene above is the page's one troop chart):
    // its labels are the phases, the years and the stretched axis, each inside the chart.
    const chart = page.locator('.tl-chart');
    await chart.scrollIntoViewIfNeeded();
    const labels = await readSettled(page, '.tl-chart');
    const chartText = labels.map((reading) => reading.text).join(' | ');
    expect(chartText).not.toContain(peakValue);
    expect(labels.filter((reading) => /^\d+k$/.test(reading.text))).toEqual([]);
    expect(chartText).toMatch(/wider/);
    expect(chartText).toContain('Combat mission');
    const outside = await page.locator('.tl-labels > *').evaluateAll((spans) => {
      const frame = spans[0]!.closest('.tl-chart')!.getBoundingClientRect();
      return spans
        .map((span) => ({ text: span.textContent ?? '', box: span.getBoundingClientRect() }))
        .filter(({ box }) => box.right < frame.left - 32 || box.left > frame.right + 32 || box.bottom < frame.top - 40 || box.top > frame.bottom + 32)
        .map(({ text }) => text);
    });
    expect(outside).toEqual([]);
    const low = labels.filter((reading) => reading.contrast < MIN_CONTRAST).map((reading) => `“${reading.text}” ${reading.contrast}:1`);
    expect(low).toEqual([]);
    if (viewport === PHONE) {
      const small = labels.filter((reading) => reading.px < MIN_LABEL_PX - 0.01).map((reading) => `“${reading.text}” ${reading.px}px`);
      report(`timeline chart at 390 px: smallest ${worst(labels, (reading) => reading.px)?.px}px`);
      expect(small).toEqual([]);
    }
    await close();
  }, 120_000);
});

describe('the letter graphic', () => {
  it.each([
    { name: 'desktop', viewport: DESKTOP },
    { name: 'phone', viewport: PHONE },
  ])('keeps the envelope clear of the dots and every label ($name)', async ({ viewport }) => {
    const { page, close } = await openPage(env.browser, { viewport, reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/`);
    const overlaps: string[] = [];
    for (const step of storySteps.filter((candidate) => candidate.graphic.scene === 'letter')) {
      const selector = await showStep(page, step.id);
      await readSettled(page, selector);
      const found = await page.locator(selector).evaluate((root) => {
        type Box = { left: number; right: number; top: number; bottom: number; name: string };
        const isVisible = (el: Element) => {
          for (let at: Element | null = el; at !== null; at = at.parentElement) if (Number(getComputedStyle(at).opacity) === 0) return false;
          const box = el.getBoundingClientRect();
          return box.width > 0 && box.height > 0;
        };
        const boxOf = (el: Element, name: string): Box => {
          const { left, right, top, bottom } = el.getBoundingClientRect();
          return { left, right, top, bottom, name };
        };
        // The letter is the scene's top-level group that holds the envelope (it moves as one).
        let letter: Element = root.querySelector('.scene__envelope')!;
        while (!(letter.parentElement instanceof SVGSVGElement)) letter = letter.parentElement!;
        const envelope = Array.from(letter.querySelectorAll('rect, path')).filter(isVisible).map((el) => boxOf(el, 'envelope'));
        const others = [
          ...Array.from(root.querySelectorAll('.scene__node')).map((el) => boxOf(el, 'dot')),
          ...Array.from(root.querySelectorAll('text, .scene__chip, p'))
            .filter((el) => !letter.contains(el) && isVisible(el))
            .map((el) => boxOf(el, el.textContent?.trim() || 'chip')),
        ];
        const hits = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        return envelope.flatMap((part) => others.filter((other) => hits(part, other)).map((other) => other.name));
      });
      overlaps.push(...[...new Set(found)].map((name) => `${step.id}: ${name}`));
    }
    expect(overlaps).toEqual([]);
    await close();
  }, 120_000);
});
