import { describe, expect, inject, it } from 'vitest';
import { openPage } from './chromium';
import { contentFrame, useBrowserAndHost } from './hosts';

// The cross-origin embed, sandbox and CSP tests mean something only if the
// browser enforces the same-origin policy. The npm-shipped Chromium's own
// defaults turn it off (--disable-web-security), so check ours keeps it on.

const baseUrl = inject('baseUrl');
const env = useBrowserAndHost();

const readFrameDocument = () => {
  const frame = document.querySelector('iframe');
  try {
    return frame?.contentDocument?.title ?? 'no document';
  } catch {
    return 'blocked';
  }
};

describe('the browser the tests use', () => {
  it('keeps web security on: a page cannot read a frame from another origin', async () => {
    const { page, close } = await openPage(env.browser);
    await page.goto(env.host.page('cross-origin-frame', `<iframe title="Embed" src="${baseUrl}/"></iframe>`));
    const frame = await contentFrame(page.locator('iframe'));
    expect(await frame.title()).not.toBe('');
    expect(await page.evaluate(readFrameDocument)).toMatch(/^(blocked|no document)$/);
    await close();
  });

  it('still lets a page read a frame from its own origin (so the check above can tell the two apart)', async () => {
    const { page, close } = await openPage(env.browser);
    const sameOrigin = env.host.page('same-origin-frame', '');
    await page.goto(env.host.page('same-origin-parent', `<iframe title="Embed" src="${sameOrigin}"></iframe>`));
    await contentFrame(page.locator('iframe'));
    expect(await page.evaluate(readFrameDocument)).toBe('Host page');
    await close();
  });
});
