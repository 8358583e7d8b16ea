import { describe, expect, inject, it } from 'vitest';
import { openPage } from './chromium';
import { heightGap, useBrowserAndHost } from './hosts';

// The editors' side: the Embed button on the full page, its modal dialog, and
// the code it hands out pasted, unchanged, into a page on another origin.

const baseUrl = inject('baseUrl');
const env = useBrowserAndHost();

describe('the Embed dialog', () => {
  it('is a modal: focus moves in and stays in, Escape closes it and focus returns to the button', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}/`);
    const button = page.getByRole('button', { name: 'Embed this explainer on your site' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Embed this explainer' });
    await dialog.waitFor();
    expect(await dialog.evaluate((el) => el.matches(':modal'))).toBe(true);
    for (let i = 0; i < 25; i += 1) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null || document.activeElement === document.body)).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleProblems).toEqual([]);
    await close();
  });

  it('fits a 320 px screen without sideways scrolling, with targets of at least 24 px', async () => {
    const { page, close } = await openPage(env.browser, { viewport: { width: 320, height: 640 } });
    await page.goto(`${baseUrl}/`);
    await page.getByRole('button', { name: 'Embed this explainer on your site' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const box = await dialog.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    expect(await dialog.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    for (const target of await dialog.locator('button, label').all()) {
      const size = await target.boundingBox();
      expect(size!.height).toBeGreaterThanOrEqual(24);
    }
    await close();
  });

  it('copies to the clipboard when allowed', async () => {
    const { page, close } = await openPage(env.browser, {
      viewport: { width: 1280, height: 800 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.goto(`${baseUrl}/`);
    await page.getByRole('button', { name: 'Embed this explainer on your site' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Timeline and troop levels' }).check();
    await dialog.getByRole('button', { name: 'Copy code' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/^Copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`${baseUrl}/embed/timeline/?embed=timeline`);
    await close();
  });

  it('selects the code and says how to copy it when the clipboard is refused', async () => {
    const { page, log, close } = await openPage(env.browser, { viewport: { width: 1280, height: 800 } });
    // As a browser does when a permission policy or the reader says no.
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await page.goto(`${baseUrl}/`);
    await page.getByRole('button', { name: 'Embed this explainer on your site' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Copy code' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/press Ctrl\+C/);
    const selection = await page.evaluate(() => {
      const text = document.activeElement as HTMLTextAreaElement;
      return { tag: text.tagName, start: text.selectionStart, end: text.selectionEnd, length: text.value.length };
    });
    expect(selection).toEqual({ tag: 'TEXTAREA', start: 0, end: selection.length, length: selection.length });
    expect(log.pageErrors).toEqual([]);
    await close();
  });

  it.each([
    ['pym.js', 'Who’s who'],
    ['Auto-height, no library', 'The four proposals'],
  ])('hands out %s code that sizes the %s frame on another site', async (kind, part) => {
    const editor = await openPage(env.browser, { viewport: { width: 1280, height: 800 } });
    await editor.page.goto(`${baseUrl}/`);
    await editor.page.getByRole('button', { name: 'Embed this explainer on your site' }).click();
    const dialog = editor.page.getByRole('dialog');
    await dialog.getByRole('radio', { name: part }).check();
    await dialog.getByRole('radio', { name: kind }).check();
    const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    await editor.close();

    const reader = await openPage(env.browser, { viewport: { width: 700, height: 900 } });
    await reader.page.goto(env.host.page(`from-dialog-${kind.length}`, code));
    const iframe = reader.page.locator('iframe');
    await expect.poll(() => heightGap(iframe), { timeout: 15_000 }).toBeLessThanOrEqual(2);
    expect(reader.log.pageErrors).toEqual([]);
    expect(reader.log.offsiteRequests).toEqual([]);
    await reader.close();
  });
});
