import { describe, expect, inject, it } from 'vitest';
import { openPage, useChromium } from './chromium';

const baseUrl = inject('baseUrl');
const env = useChromium();

describe('without JavaScript', () => {
  it('hides the controls that need scripts and shows every proposal panel', async () => {
    const { page, close } = await openPage(env.browser, { viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    await page.goto(`${baseUrl}/`);
    expect(await page.locator('[data-needs-js]').count()).toBeGreaterThanOrEqual(2);
    for (const control of await page.locator('[data-needs-js]').all()) expect(await control.isVisible()).toBe(false);
    expect(await page.locator('#proposal-4-panel').isVisible()).toBe(true);
    await close();
  });

  it('shows the same controls, in place from the first paint, when scripts run', async () => {
    const { page, close } = await openPage(env.browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}/`);
    const controls = await page.locator('[data-needs-js]').all();
    expect(controls.length).toBeGreaterThanOrEqual(2);
    for (const control of controls) expect(await control.isVisible()).toBe(true);
    await close();
  });
});
