#!/usr/bin/env node
// `npm run bench`: builds the site, serves dist/ on 127.0.0.1 with gzip and the
// production headers (like a CDN), and prints one table of measured figures with
// the budgets beside them. Beside the explainer it measures three pages that
// show what the same words cost without our code: the built page with its
// scripts removed, the page's visible text as bare semantic HTML, and the plain
// HTML article floor. Figures are reported, never asserted in tests; the machine's
// load is printed with them, since a busy machine slows every timing.
// `--readme` writes the table into README.md.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, describeChromium, findChromium } from './browser.mjs';
import { startServer } from './serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BROWSER = await findChromium();
const CHROME = BROWSER.path;
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
const BENCH_DIR = '.bench';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
const CPU_SLOWDOWN = 4;

/** Progress on stderr, so a slow or stuck step shows which page it is on. */
const log = (message) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The floor: the same text as the prerendered story, as bare semantic HTML. */
const writeFloorPage = () => {
  const built = readFileSync('dist/index.html', 'utf8');
  const body = (built.split('<body>')[1] ?? '').split('</body>')[0];
  const bare = body
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, '')
    .replace(/<(\/?)(\w+)[^>]*>/g, (_, slash, tag) =>
      /^(h[1-5]|p|ul|ol|li|blockquote|q|time|strong|em|cite|table|thead|tbody|tr|th|td|main|section|header|footer|a|dl|dt|dd)$/.test(tag)
        ? `<${slash}${tag}>`
        : '',
    );
  const dir = join(BENCH_DIR, 'floor');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>Plain page</title><meta name="description" content="The same text as the explainer, as plain HTML.">` +
      `<style>body{font:18px/1.6 Georgia,serif;max-width:38rem;margin:2rem auto;padding:0 1rem}</style></head><body>${bare}</body></html>`,
  );
  return dir;
};

/** The built page with every script and module preload removed; the files it links stay beside it. */
const writeNoScriptPage = () => {
  const dir = join(BENCH_DIR, 'noscript');
  rmSync(dir, { recursive: true, force: true });
  cpSync('dist', dir, { recursive: true });
  const page = join(dir, 'index.html');
  const stripped = readFileSync(page, 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*\brel=["']?modulepreload\b[^>]*>/gi, '');
  writeFileSync(page, stripped);
  return dir;
};

/**
 * In the page: its visible text as bare semantic HTML. Elements with no box
 * (closed panels, dialogs, hidden states) are dropped; kept tags lose their
 * attributes; other elements give their content, spaced if they are blocks.
 */
const visibleWordsAsHtml = () => {
  const KEEP = /^(h[1-6]|p|ul|ol|li|blockquote|q|time|strong|em|cite|table|thead|tbody|tr|th|td|main|section|header|footer|a|dl|dt|dd)$/;
  const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg']);
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return escape(node.data);
    if (node.nodeType !== Node.ELEMENT_NODE || SKIP.has(node.localName)) return '';
    const style = getComputedStyle(node);
    // display: contents has no box of its own but its children may be shown.
    if (style.display !== 'contents' && !node.checkVisibility({ visibilityProperty: true })) return '';
    const inner = [...node.childNodes].map(walk).join('');
    if (KEEP.test(node.localName)) return `<${node.localName}>${inner}</${node.localName}>`;
    return style.display.startsWith('inline') ? inner : ` ${inner} `;
  };
  return walk(document.body).replace(/\s+/g, ' ').trim();
};

/** "Our words, plain": what a phone reader sees on the explainer, with no CSS and no scripts. */
const writeWordsPage = async (browser, url) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const body = await page.evaluate(visibleWordsAsHtml);
  await context.close();
  const dir = join(BENCH_DIR, 'words');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>Plain page</title><meta name="description" content="The visible text of the explainer, as plain HTML."></head><body>${body}</body></html>`,
  );
  return dir;
};

/** Gzip size of a page's HTML (with whatever CSS it inlines), and of its inlined CSS alone. */
const htmlWeight = (dir) => {
  const html = readFileSync(join(dir, 'index.html'));
  const css = [...html.toString('utf8').matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]).join('');
  const gzip = (data) => gzipSync(data, { level: 9 }).length;
  return { html: gzip(html), css: { raw: Buffer.byteLength(css), gzip: css === '' ? 0 : gzip(css) } };
};

const lighthouseRun = async (url, formFactor) => {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS, logLevel: 'silent' });
  try {
    const flags = { port: chrome.port, output: 'json', logLevel: 'error' };
    const config = formFactor === 'desktop' ? desktopConfig : undefined;
    const result = await lighthouse(url, flags, config);
    const { categories, audits } = result.lhr;
    const requests = audits['network-requests']?.details?.items ?? [];
    const transfer = (type) =>
      requests.filter((r) => r.resourceType === type).reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
    return {
      performance: categories.performance.score * 100,
      accessibility: categories.accessibility.score * 100,
      bestPractices: categories['best-practices'].score * 100,
      seo: categories.seo.score * 100,
      fcp: audits['first-contentful-paint'].numericValue,
      lcp: audits['largest-contentful-paint'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
      js: transfer('Script'),
      css: transfer('Stylesheet'),
      requests: requests.length,
    };
  } finally {
    await chrome.kill();
  }
};

const lighthouseMedian = async (url, formFactor) => {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await lighthouseRun(url, formFactor));
  return Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((r) => r[key]))]));
};

/** Registered before any page script runs: every long task from navigation start. */
const recordLongTasks = () => {
  window.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* long tasks unsupported: reported as 0 */
  }
};

/** In the page: scrolls top to bottom over `duration` ms, one step per frame, and returns the frame times. */
const scrollThrough = (duration) =>
  new Promise((resolve) => {
    const total = document.documentElement.scrollHeight - window.innerHeight;
    const frames = [];
    let start = 0;
    let last = 0;
    const tick = (now) => {
      if (start === 0) start = last = now;
      else frames.push(now - last);
      last = now;
      const progress = Math.min(1, (now - start) / duration);
      // Instant, so a CSS scroll-behavior cannot stretch the scroll beyond the frames we count.
      window.scrollTo({ top: total * progress, behavior: 'instant' });
      if (progress < 1) requestAnimationFrame(tick);
      else resolve({ frames, start, end: now });
    };
    requestAnimationFrame(tick);
  });

/** Rejects when `promise` has not settled after `ms`: a page that never yields must not hang the bench. */
const within = (promise, ms, what) =>
  Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer after ${ms / 1000} s`)), ms).unref())]);

/** A measure that could not be taken: printed as "no result", and it fails its budget. */
const NO_VISIT = { medianFrame: NaN, slowShare: NaN, longestScrollTask: NaN, longestTask: NaN };

/**
 * Opens the page (optionally with the CPU slowed down from before navigation),
 * waits `settle` ms after load, scrolls through it over `duration` ms and
 * returns frame times during the scroll and long tasks, whole visit and scroll.
 */
const visit = async (browser, url, { viewport, cpu = 1, settle, duration }) => {
  const context = await browser.newContext({ viewport });
  const measure = async () => {
    await context.addInitScript(recordLongTasks);
    const page = await context.newPage();
    if (cpu > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForTimeout(settle);
    const scroll = await page.evaluate(scrollThrough, duration);
    // Work the last scroll steps started (a part hydrating) ends up in the visit too.
    await page.waitForTimeout(1000);
    const tasks = await page.evaluate(() => window.__benchLongTasks);
    const longest = (list) => Math.max(0, ...list.map((t) => t.duration));
    const { frames } = scroll;
    return {
      medianFrame: median(frames),
      slowShare: frames.filter((f) => f > 20).length / Math.max(1, frames.length),
      longestScrollTask: longest(tasks.filter((t) => t.start + t.duration > scroll.start && t.start < scroll.end)),
      longestTask: longest(tasks),
    };
  };
  try {
    return await within(measure(), settle + duration + 90_000, `${url} at ${viewport.width}×${viewport.height}, ${cpu}× CPU`);
  } catch (error) {
    log(`No result: ${error.message}`);
    return NO_VISIT;
  } finally {
    await context.close();
  }
};

/** The reader's whole visit on a slow phone: load, a glance, then the full page in ~6 s. */
const wholeVisit = (browser, url) => visit(browser, url, { viewport: PHONE, cpu: CPU_SLOWDOWN, settle: 1000, duration: 6000 });

/** Scrolling once the page has settled (settle time scaled with the CPU slowdown), over ~5 s. */
const scrollSmoothness = (browser, url, viewport, cpu = 1) => visit(browser, url, { viewport, cpu, settle: 800 * cpu, duration: 5000 });

/** What an embed costs a host page: script bytes (gzip, as transferred) and requests until 3 s after load. */
const embedCost = async (browser, url) => {
  const context = await browser.newContext({ viewport: PHONE });
  const measure = async () => {
    const page = await context.newPage();
    const requests = [];
    page.on('request', (request) => requests.push(request));
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForTimeout(3000);
    const seen = [...requests];
    let js = 0;
    for (const request of seen) {
      const response = await request.response();
      const type = response?.headers()['content-type'] ?? '';
      if (request.resourceType() === 'script' || type.includes('javascript')) js += (await request.sizes()).responseBodySize;
    }
    return { js, requests: seen.length };
  };
  try {
    return await within(measure(), 90_000, url);
  } catch (error) {
    log(`No result: ${error.message}`);
    return { js: NaN, requests: NaN };
  } finally {
    await context.close();
  }
};

const fmt = {
  score: (v) => v.toFixed(0),
  ms: (v) => `${v.toFixed(0)} ms`,
  cls: (v) => v.toFixed(3),
  kb: (v) => `${(v / 1024).toFixed(1)} KB`,
  count: (v) => String(v),
  pct: (v) => `${(v * 100).toFixed(1)} %`,
  frame: (v) => `${v.toFixed(1)} ms`,
};

/** Table columns, in order: the explainer, then the three pages without our scripts that it is read against. */
const PAGES = [
  ['ours', 'Explainer'],
  ['noscript', 'Scripts removed'],
  ['words', 'Our words, plain'],
  ['floor', 'Plain HTML floor'],
];

/** Runs `measure(url)` for every page in turn (never in parallel: 2 cores). */
const forEachPage = async (urls, label, measure) => {
  const results = {};
  for (const [key, title] of PAGES) {
    log(`${label}: ${title}`);
    results[key] = await measure(urls[key]);
  }
  return results;
};

const main = async () => {
  const began = Date.now();
  const shouldBuild = !process.argv.includes('--no-build');
  if (shouldBuild) execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  const dirs = { ours: 'dist', noscript: writeNoScriptPage(), floor: writeFloorPage() };
  const servers = {};
  const rows = [];
  const launch = () => chromium.launch({ executablePath: CHROME, args: FLAGS.filter((f) => f !== '--headless=new') });
  try {
    for (const key of ['ours', 'noscript', 'floor']) servers[key] = await startServer({ dir: dirs[key] });
    const setup = await launch();
    dirs.words = await writeWordsPage(setup, `${servers.ours.url}/`);
    await setup.close();
    servers.words = await startServer({ dir: dirs.words });
    const urls = Object.fromEntries(PAGES.map(([key]) => [key, `${servers[key].url}/`]));

    const lh = {};
    for (const form of ['mobile', 'desktop']) {
      lh[form] = await forEachPage(urls, `Lighthouse ${form} ×${RUNS}`, (url) => lighthouseMedian(url, form));
    }
    const weight = Object.fromEntries(PAGES.map(([key]) => [key, htmlWeight(dirs[key])]));

    const browser = await launch();
    const whole = await forEachPage(urls, 'Whole visit', (url) => wholeVisit(browser, url));
    const phone = await forEachPage(urls, 'Scroll 390×844', (url) => scrollSmoothness(browser, url, PHONE, CPU_SLOWDOWN));
    const desktop = await forEachPage(urls, 'Scroll 1440×900', (url) => scrollSmoothness(browser, url, DESKTOP));
    const parts = readdirSync('dist/embed', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    const embeds = {};
    for (const part of parts) {
      log(`Embed ${part}`);
      embeds[part] = await embedCost(browser, `${servers.ours.url}/embed/${part}/?embed=${part}`);
    }
    await browser.close();

    /** One table row; `pick` reads a page's value from `source` (a missing page prints "–"). */
    const row = (name, source, pick, format, budget) => {
      const value = (key) => (source[key] === undefined ? undefined : pick(source[key]));
      const ours = value('ours');
      const floor = value('floor');
      const show = (v) => (v === undefined ? '–' : Number.isNaN(v) ? 'no result' : format(v));
      const cells = PAGES.map(([key]) => show(value(key)));
      const ratio = Number.isFinite(ours) && Number.isFinite(floor) && floor > 0 ? `${(ours / floor).toFixed(2)}×` : '–';
      const verdict = budget === undefined ? '' : budget.check(ours, floor) ? `pass (${budget.label})` : `FAIL (${budget.label})`;
      rows.push([name, ...cells, ratio, verdict]);
    };
    const atLeast = (n) => ({ label: `≥ ${n}`, check: (v) => v >= n });
    const atMost = (n, label) => ({ label, check: (v) => v <= n });
    const timesFloor = (k) => ({ label: `≤ ${k}× floor`, check: (v, f) => v <= k * f });
    // CLS is printed to 3 decimals; "0" means it prints as 0.000.
    const zeroShift = { label: '0', check: (v) => v < 0.0005 };
    for (const form of ['mobile', 'desktop']) {
      const at = (key) => (r) => r[key];
      const source = lh[form];
      row(`Lighthouse ${form}: performance`, source, at('performance'), fmt.score, form === 'mobile' ? atLeast(98) : undefined);
      row(`Lighthouse ${form}: accessibility`, source, at('accessibility'), fmt.score, atLeast(100));
      row(`Lighthouse ${form}: best practices`, source, at('bestPractices'), fmt.score, atLeast(100));
      row(`Lighthouse ${form}: SEO`, source, at('seo'), fmt.score, atLeast(100));
      row(`${form}: FCP`, source, at('fcp'), fmt.ms);
      row(`${form}: LCP`, source, at('lcp'), fmt.ms, timesFloor(1.5));
      row(`${form}: TBT`, source, at('tbt'), fmt.ms, form === 'mobile' ? { label: '≤ floor + 100 ms', check: (v, f) => v <= f + 100 } : undefined);
      row(`${form}: CLS`, source, at('cls'), fmt.cls, zeroShift);
    }
    row('First visit: JavaScript (gzip)', lh.mobile, (r) => r.js, fmt.kb, atMost(90 * 1024, '≤ 90 KB'));
    row('First visit: CSS files (gzip)', lh.mobile, (r) => r.css, fmt.kb);
    row('First visit: requests', lh.mobile, (r) => r.requests, fmt.count);
    row('Article HTML + inlined CSS (gzip)', weight, (w) => w.html, fmt.kb, atMost(30 * 1024, '≤ 30 KB'));
    row('Inlined CSS (raw / gzip)', weight, (w) => w.css, (v) => `${fmt.kb(v.raw)} / ${fmt.kb(v.gzip)}`);
    row(`Whole visit (load + scroll), 390×844, ${CPU_SLOWDOWN}× CPU: longest task`, whole, (r) => r.longestTask, fmt.ms, atMost(250, '≤ 250 ms'));
    const phoneScroll = `Scroll 390×844, ${CPU_SLOWDOWN}× CPU`;
    row(`${phoneScroll}: median frame`, phone, (r) => r.medianFrame, fmt.frame);
    row(`${phoneScroll}: frames over 20 ms`, phone, (r) => r.slowShare, fmt.pct, { label: '≤ floor + 1 pt', check: (v, f) => v <= f + 0.01 });
    row(`${phoneScroll}: longest task`, phone, (r) => r.longestScrollTask, fmt.ms, atMost(50, '≤ 50 ms'));
    row('Scroll 1440×900: median frame', desktop, (r) => r.medianFrame, fmt.frame);
    row('Scroll 1440×900: frames over 20 ms', desktop, (r) => r.slowShare, fmt.pct);
    row('Scroll 1440×900: longest task', desktop, (r) => r.longestScrollTask, fmt.ms);
    for (const part of parts) {
      const only = { ours: embeds[part] };
      row(`Embed ${part}: JavaScript (gzip)`, only, (r) => r.js, fmt.kb, atMost(90 * 1024, '≤ 90 KB'));
      row(`Embed ${part}: requests`, only, (r) => r.requests, fmt.count, atMost(8, '≤ 8'));
    }
  } finally {
    for (const server of Object.values(servers)) await server.close();
  }

  const header = ['Measure', ...PAGES.map(([, title]) => title), 'Ratio (explainer/floor)', 'Budget'];
  const table = [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
  const runs = RUNS === 1 ? '1 run' : `median of ${RUNS} runs`;
  const stamp =
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\` (Lighthouse 12.2.3, ${runs}; Chromium measures one run each; ` +
    `${describeChromium(BROWSER)}; Node ${process.version}; ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)}).`;
  const markdown = `${stamp}\n\n${table}\n`;
  mkdirSync(BENCH_DIR, { recursive: true });
  writeFileSync(join(BENCH_DIR, 'latest.md'), markdown);
  console.log(`\n${markdown}`);
  if (process.argv.includes('--readme')) {
    const readme = readFileSync('README.md', 'utf8');
    const start = '<!-- bench:start -->';
    const end = '<!-- bench:end -->';
    if (!readme.includes(start)) throw new Error('README.md has no <!-- bench:start --> marker');
    writeFileSync('README.md', readme.replace(new RegExp(`${start}[\\s\\S]*?${end}`), `${start}\n${markdown}${end}`));
  }
  log(`Done in ${((Date.now() - began) / 60000).toFixed(1)} min`);
  if (rows.some((r) => r.at(-1).startsWith('FAIL'))) process.exitCode = 1;
};

await main();
