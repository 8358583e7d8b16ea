import { describe, expect, inject, it } from 'vitest';
import { EMBED_PARTS, type EmbedPart } from '../../src/app/mode';
import { openPage, settle } from './chromium';
import { contentFrame, messagesOf, useBrowserAndHost } from './hosts';

// A locked-down frame on another origin, as WordPress makes them:
// sandbox="allow-scripts" without allow-same-origin gives an opaque origin
// (no storage, no history writes, no popups). Module scripts then load only
// because the site sends Access-Control-Allow-Origin on /assets/, and the
// stylesheet only because its link carries no crossorigin attribute.

const baseUrl = inject('baseUrl');
const env = useBrowserAndHost();

const phrases: Record<EmbedPart, readonly string[]> = {
  story: ['Four steps before May 1', 'Khalilzad', 'Turkey', '90-day reduction in violence', 'May 1'],
  keypoints: ['90-day reduction in violence', 'Turkey', 'May 1'],
  map: ['Afghanistan', 'Doha', 'Kashmir'],
  timeline: ['Bonn Agreement signed', 'U.S. troops in Afghanistan', '2,500'],
  proposals: ['A UN-organized regional summit', '90-day reduction in violence', 'Turkey'],
  actors: ['Antony Blinken', 'Zalmay Khalilzad', 'Dawa Khan Minhapal'],
};

const sandboxed = (part: EmbedPart, sandbox: string) =>
  env.host.page(
    `sandbox-${part}-${sandbox === '' ? 'none' : 'scripts'}`,
    `<iframe sandbox="${sandbox}" title="Embed" src="${baseUrl}/embed/${part}/?embed=${part}" width="700" height="900"></iframe>`,
  );

describe.each(EMBED_PARTS)('the %s part in a sandboxed frame on another origin', (part) => {
  it('renders fully with scripts allowed, runs its bridge and throws nothing', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 760, height: 1000 } });
    await page.goto(sandboxed(part, 'allow-scripts'));
    const frame = await contentFrame(page.locator('iframe'));
    expect(await frame.evaluate(() => window.origin)).toBe('null');
    expect(await frame.evaluate(() => {
      try {
        return typeof window.localStorage;
      } catch {
        return 'blocked';
      }
    })).toBe('blocked');
    const text = await frame.locator('main').innerText();
    for (const phrase of phrases[part]) expect(text).toContain(phrase);
    // The stylesheet applied (no crossorigin on its link) and the script ran (the bridge spoke, from origin "null").
    expect(await frame.locator('.embed__credit').evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
    await expect.poll(async () => (await messagesOf(page)).some((m) => m.origin === 'null')).toBe(true);
    // New tabs are blocked here, so the address is shown as text to copy.
    expect(await frame.getByText(`${baseUrl}/`, { exact: false }).count()).toBeGreaterThan(0);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleProblems).toEqual([]);
    expect(log.offsiteRequests).toEqual([]);
    // Following the link must not throw (Chromium itself notes the blocked popup in the console).
    await frame.getByRole('link', { name: /Open the full explainer/ }).click();
    await settle(page);
    expect(log.pageErrors).toEqual([]);
    await close();
  });

  it('is readable from the prerendered HTML when no script may run', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 760, height: 1000 } });
    await page.goto(sandboxed(part, ''));
    const frame = await contentFrame(page.locator('iframe'));
    const text = await frame.locator('main').innerText();
    for (const phrase of phrases[part]) expect(text).toContain(phrase);
    expect(await frame.getByRole('link', { name: /Open the full explainer/ }).getAttribute('href')).toMatch(/^\/(#\w+)?$/);
    expect(await messagesOf(page)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    await close();
  });
});
