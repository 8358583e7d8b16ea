#!/usr/bin/env node
// Draws the 1200x630 share-card image (public/og-image.png) once, with
// Debian's Chromium, from the content in src/. Run it after changing the
// title or the proposals: `npm run og-image`, then commit the PNG. The build
// never needs Chromium; it only copies the committed file.
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';
import { createServer } from 'vite';

const WIDTH = 1200;
const HEIGHT = 630;
const OUT = 'public/og-image.png';

const escapeHtml = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// Vite's loader reads the TypeScript content modules, as the prerender step does.
const vite = await createServer({ configFile: false, logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false } });
let site;
let proposals;
try {
  ({ site } = await vite.ssrLoadModule('/src/content/site.ts'));
  ({ proposals } = await vite.ssrLoadModule('/src/content/proposals.ts'));
} finally {
  await vite.close();
}

const [year, month, day] = site.asOf.split('-').map(Number);
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const asOf = `As of ${months[month - 1]} ${day}, ${year}`;

const html = `<!doctype html><html><head><meta charset="utf-8"><style>
  * { box-sizing: border-box; margin: 0; }
  body { width: ${WIDTH}px; height: ${HEIGHT}px; background: #fbfaf7; color: #1b1b1f; font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; }
  .card { position: absolute; inset: 0; padding: 56px 64px; display: grid; grid-template-rows: auto auto 1fr auto; gap: 14px; border-top: 14px solid #b3261e; }
  .kicker { font-size: 24px; font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; color: #b3261e; }
  h1 { font-family: 'DejaVu Serif', 'Liberation Serif', serif; font-size: 76px; line-height: 1.02; }
  h1 small { display: block; margin-top: 12px; font-size: 36px; font-weight: 400; color: #50525b; }
  ol { list-style: none; padding: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 14px 28px; align-content: center; }
  li { display: flex; align-items: center; gap: 16px; font-size: 27px; line-height: 1.2; font-weight: 600; }
  .n { flex: none; width: 48px; height: 48px; border-radius: 50%; background: #b3261e; color: #fff; display: grid; place-items: center; font-size: 26px; }
  .meta { font-size: 22px; color: #50525b; display: flex; justify-content: space-between; border-top: 2px solid #cfccc3; padding-top: 16px; }
</style></head><body><div class="card">
  <p class="kicker">Afghanistan · Explainer</p>
  <h1>${escapeHtml(site.shortTitle)}<small>${escapeHtml(site.title.slice(site.shortTitle.length).replace(/^:\s*/, ''))}</small></h1>
  <ol>${proposals.map((p) => `<li><span class="n">${p.number}</span><span>${escapeHtml(p.title)}</span></li>`).join('')}</ol>
  <p class="meta"><span>${escapeHtml(site.byline)}</span><span>${escapeHtml(asOf)}</span></p>
</div></body></html>`;

const browser = await chromium.launch({
  executablePath: (await findChromium()).path,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT }, deviceScaleFactor: 1 });
  await page.setContent(html);
  writeFileSync(OUT, await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT } }));
  console.log(`Wrote ${OUT} (${WIDTH}x${HEIGHT})`);
} finally {
  await browser.close();
}
