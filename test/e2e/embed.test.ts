import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EMBED_PARTS } from '../../src/app/mode';
import { pymSnippet, scriptSnippet } from '../../src/features/embed/embedSnippets';
import { openPage, settle, type PageLog } from './chromium';
import { clearMessages, contentFrame, contentHeight, frameHeight, heightGap, messagesOf, useBrowserAndHost } from './hosts';

// Embeds on a host page of another origin (localhost vs the site on 127.0.0.1),
// each speaking to a real parent: NPR's pym.js, a WordPress-style listener,
// and our own no-library snippet.

const baseUrl = inject('baseUrl');
const siteRoot = `${baseUrl}/`;
const TOLERANCE_PX = 2;
const env = useBrowserAndHost();

/** The pym snippet the dialog hands out, loading the real pym.js parent from the host's own copy. */
const pymEmbed = (part: (typeof EMBED_PARTS)[number]) => {
  const snippet = pymSnippet({ siteRoot, part, theme: 'auto' });
  const local = snippet.replace(`${siteRoot}vendor/pym.v1.min.js`, '/pym.v1.min.js');
  if (local === snippet) throw new Error('pym snippet no longer loads pym from /vendor/');
  return local;
};

const expectCleanLog = (log: PageLog) => {
  expect(log.pageErrors).toEqual([]);
  expect(log.consoleProblems.filter((line) => !line.includes('favicon'))).toEqual([]);
  expect(log.offsiteRequests).toEqual([]);
};

const waitForFit = async (iframe: Locator) => {
  await expect.poll(() => heightGap(iframe), { timeout: 15_000, interval: 250 }).toBeLessThanOrEqual(TOLERANCE_PX);
};

/** Heights each frame announced in pym form, in order. */
const pymHeights = async (page: Page) => {
  const byFrame = new Map<number, number[]>();
  for (const message of await messagesOf(page)) {
    if (typeof message.data !== 'string') continue;
    const match = /xPYMxheightxPYMx(\d+)$/.exec(message.data);
    if (message.data.startsWith('pymxPYMx') && match) byFrame.set(message.frame, [...(byFrame.get(message.frame) ?? []), Number(match[1])]);
  }
  return byFrame;
};

describe.each([320, 700])('every part through pym.js at %i px', (width) => {
  let page: Page;
  let log: PageLog;
  let close: () => Promise<void>;
  const frames = () => page.locator('iframe');

  beforeAll(async () => {
    ({ page, log, close } = await openPage(env.browser, { viewport: { width, height: 900 }, reducedMotion: 'reduce' }));
    const url = env.host.page(`pym-${width}`, EMBED_PARTS.map(pymEmbed).join('\n'));
    await page.goto(`${url}?reader=alice-private-42`);
    await frames().nth(EMBED_PARTS.length - 1).waitFor({ state: 'attached' });
  });
  afterAll(async () => {
    await close();
  });

  it('sizes each frame to its content within a few pixels', async () => {
    for (const [index, part] of EMBED_PARTS.entries()) {
      const iframe = frames().nth(index);
      await waitForFit(iframe);
      expect(await iframe.getAttribute('src')).toContain(`/embed/${part}/?embed=${part}`);
      // pym sets the height attribute from our message; the layout follows it.
      expect(Math.abs(Number.parseInt((await iframe.getAttribute('height')) ?? '', 10) - (await frameHeight(iframe)))).toBeLessThanOrEqual(1);
      expect(await (await contentFrame(iframe)).evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
    expectCleanLog(log);
  });

  it('never sends the same height twice, and sends nothing while idle', async () => {
    const heights = await pymHeights(page);
    expect(heights.size).toBe(EMBED_PARTS.length);
    for (const sequence of heights.values()) {
      sequence.forEach((height, index) => expect(height).not.toBe(sequence[index - 1]));
    }
    await clearMessages(page);
    // Idle means idle: after the host page has settled three times over (frames off screen get no animation frames), still nothing.
    for (let round = 0; round < 3; round += 1) await settle(page);
    expect(await messagesOf(page)).toEqual([]);
  });

  it('keeps pym’s parameters in the frame’s address and never sends the host page’s address', async () => {
    const frame = await contentFrame(frames().nth(0));
    const search = new URL(frame.url()).searchParams;
    expect(search.get('childId')).toBeTruthy();
    expect(search.get('initialWidth')).toBe(String(width));
    expect(search.get('parentUrl')).toContain('alice-private-42');
    expect(JSON.stringify(await messagesOf(page))).not.toContain('alice-private');
  });
});

describe('a pym embed', () => {
  it('follows the host page’s width, and grows when a proposal card inside it opens', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 700, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(env.host.page('pym-proposals', pymEmbed('proposals')));
    const iframe = page.locator('iframe');
    await waitForFit(iframe);
    const wide = await frameHeight(iframe);

    await page.setViewportSize({ width: 320, height: 900 });
    await expect.poll(() => frameHeight(iframe), { timeout: 5_000 }).toBeGreaterThan(wide);
    await waitForFit(iframe);

    const before = await frameHeight(iframe);
    const frame = await contentFrame(iframe);
    // Not live yet (nothing in the frame has been touched): the click is held and acted on once it is.
    await frame.getByRole('button', { name: /^Proposal 1:/ }).click();
    await expect.poll(() => frameHeight(iframe), { timeout: 5_000 }).toBeGreaterThan(before + 200);
    await waitForFit(iframe);
    expectCleanLog(log);
    await close();
  });

  it('grows when a card opens in any part that has one', async () => {
    // Parts whose cards expand (the proposal cards' disclosures, the troop table) must grow their frame.
    const tested: string[] = [];
    for (const part of EMBED_PARTS.filter((p) => p !== 'story')) {
      const { page, close } = await openPage(env.browser, { viewport: { width: 700, height: 900 }, reducedMotion: 'reduce' });
      await page.goto(env.host.page(`pym-grow-${part}`, pymEmbed(part)));
      const iframe = page.locator('iframe');
      await waitForFit(iframe);
      const frame = await contentFrame(iframe);
      const disclosure = frame.locator('main button[aria-expanded="false"]:not(.cite__button), main details:not([open]) > summary').first();
      if ((await disclosure.count()) > 0) {
        const before = await frameHeight(iframe);
        await disclosure.click();
        await expect.poll(() => frameHeight(iframe), { timeout: 5_000 }).toBeGreaterThan(before);
        await waitForFit(iframe);
        tested.push(part);
      }
      await close();
    }
    expect(tested).toContain('timeline');
  });
});

describe('other hosts', () => {
  it('WordPress: answers the secret in the fragment, inside sandbox="allow-scripts"', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 700, height: 900 } });
    // What WordPress's wp-embed script does: trust only this frame and this secret, clamp to 200–1000 px.
    const url = env.host.page(
      'wordpress',
      `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" title="Embed"
          src="${siteRoot}embed/actors/?embed=actors#?secret=abcdefghij" width="600" height="338"></iframe>
       <script>
         var frame = document.querySelector('iframe');
         window.addEventListener('message', function (event) {
           var data = event.data;
           if (event.source !== frame.contentWindow || !data || data.secret !== 'abcdefghij' || data.message !== 'height') return;
           frame.height = Math.min(Math.max(parseInt(data.value, 10), 200), 1000);
         });
       </script>`,
    );
    await page.goto(url);
    const iframe = page.locator('iframe');
    await expect.poll(() => iframe.getAttribute('height'), { timeout: 10_000 }).toBe('1000');
    const messages = (await messagesOf(page)).filter((m) => typeof m.data === 'object' && m.data !== null && 'secret' in m.data);
    expect(messages[0]).toMatchObject({ origin: 'null', data: { secret: 'abcdefghij', message: 'height' } });
    // The last height announced is the content's (the credit may still grow once its island adds the address).
    const lastAnnounced = async () => {
      const secretMessages = (await messagesOf(page)).filter((m) => typeof m.data === 'object' && m.data !== null && 'secret' in m.data);
      return (secretMessages.at(-1)?.data as { value: number }).value;
    };
    await expect
      .poll(async () => Math.abs((await lastAnnounced()) - (await contentHeight(await contentFrame(iframe)))), { timeout: 5_000 })
      .toBeLessThanOrEqual(1);
    expectCleanLog(log);
    await close();
  });

  it.each([
    ['plainly', ''],
    ['sandboxed without allow-same-origin', ' sandbox="allow-scripts"'],
  ])('the no-library snippet sizes its frame when embedded %s', async (_name, sandbox) => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 320, height: 900 } });
    const snippet = scriptSnippet({ siteRoot, part: 'proposals', theme: 'auto' }).replace('<iframe ', `<iframe${sandbox} `);
    await page.goto(env.host.page(`script${sandbox === '' ? '' : '-sandboxed'}`, snippet));
    const iframe = page.locator('iframe');
    await waitForFit(iframe);
    expect(await iframe.evaluate((el) => el.style.height)).toMatch(/^\d+px$/);
    expect((await messagesOf(page)).every((m) => typeof m.data === 'object')).toBe(true);
    expectCleanLog(log);
    await close();
  });

  it('the demo page sizes its pym and no-library frames, loading nothing from elsewhere', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 700, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/embed-demo.html`);
    const iframes = page.locator('iframe');
    await expect.poll(() => iframes.count()).toBe(3);
    for (const index of [0, 1, 2]) await iframes.nth(index).scrollIntoViewIfNeeded();
    expect(await iframes.nth(0).getAttribute('height')).toBe('2600');
    await waitForFit(iframes.nth(1));
    await waitForFit(iframes.nth(2));
    expectCleanLog(log);
    await close();
  });
});

describe('the embed layout', () => {
  it.each(EMBED_PARTS)('%s: nothing fixed or sticky, no sideways scroll at 320 px, and a height that ignores the viewport’s', async (part) => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 320, height: 600 }, reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/embed/${part}/?embed=${part}`);
    const pinned = await page.evaluate(() =>
      Array.from(document.querySelectorAll('body *'))
        .filter((el) => ['fixed', 'sticky'].includes(getComputedStyle(el).position))
        .map((el) => el.className),
    );
    expect(pinned).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // A frame sized to its content grows its viewport: content tied to vh would grow with it, forever.
    const short = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
    await page.setViewportSize({ width: 320, height: 2400 });
    await settle(page);
    expect(await page.evaluate(() => document.documentElement.getBoundingClientRect().height)).toBe(short);
    expectCleanLog(log);
    await close();
  });

  it('renders a part from the query alone too (the script path), in the theme asked for', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 700, height: 900 }, colorScheme: 'light' });
    await page.goto(`${baseUrl}/?embed=proposals&theme=dark`);
    // This path loads the article's whole HTML, then renders the part with scripts: allow a loaded machine its time.
    await expect.poll(() => page.locator('[data-embed-part="proposals"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('.site-header').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.embed')!).backgroundColor)).toBe('rgb(18, 19, 23)');
    expectCleanLog(log);
    await close();
  });
});
