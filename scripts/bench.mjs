#!/usr/bin/env node
// `npm run bench`: builds the site, serves dist/ on 127.0.0.1 with gzip (like a
// CDN), and prints one table of measured figures with the budgets beside them.
// It also measures a plain HTML page of the same text (no JS, a few CSS lines)
// as the floor, and prints our figures as ratios to it. Figures are reported,
// never asserted in tests. `--readme` writes the table into README.md.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** Scrolls the whole page over ~5 s and records frame times and long tasks. */
const scrollSmoothness = async (browser, url, viewport) => {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(800);
  const result = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const longTasks = [];
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) longTasks.push(entry.duration);
        });
        try {
          observer.observe({ type: 'longtask', buffered: false });
        } catch {
          /* long tasks unsupported: reported as 0 */
        }
        const total = document.documentElement.scrollHeight - window.innerHeight;
        const duration = 5000;
        const frames = [];
        let start = 0;
        let last = 0;
        const tick = (now) => {
          if (start === 0) start = last = now;
          else frames.push(now - last);
          last = now;
          const progress = Math.min(1, (now - start) / duration);
          window.scrollTo(0, total * progress);
          if (progress < 1) requestAnimationFrame(tick);
          else {
            observer.disconnect();
            resolve({ frames, longTasks });
          }
        };
        requestAnimationFrame(tick);
      }),
  );
  await context.close();
  const frames = result.frames;
  return {
    medianFrame: median(frames),
    slowShare: frames.filter((f) => f > 20).length / Math.max(1, frames.length),
    longestTask: result.longTasks.length ? Math.max(...result.longTasks) : 0,
  };
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

const main = async () => {
  const shouldBuild = !process.argv.includes('--no-build');
  if (shouldBuild) execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  const floorDir = writeFloorPage();
  const site = await startServer({ dir: 'dist' });
  const floor = await startServer({ dir: floorDir });
  const rows = [];
  try {
    const ours = { mobile: await lighthouseMedian(`${site.url}/`, 'mobile'), desktop: await lighthouseMedian(`${site.url}/`, 'desktop') };
    const plain = { mobile: await lighthouseMedian(`${floor.url}/`, 'mobile'), desktop: await lighthouseMedian(`${floor.url}/`, 'desktop') };
    const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS.filter((f) => f !== '--headless=new') });
    const scroll = {
      phone: await scrollSmoothness(browser, `${site.url}/`, { width: 390, height: 844 }),
      desktop: await scrollSmoothness(browser, `${site.url}/`, { width: 1440, height: 900 }),
    };
    const plainScroll = {
      phone: await scrollSmoothness(browser, `${floor.url}/`, { width: 390, height: 844 }),
      desktop: await scrollSmoothness(browser, `${floor.url}/`, { width: 1440, height: 900 }),
    };
    await browser.close();

    const row = (name, ourValue, floorValue, format, budget) => {
      const ratio = floorValue > 0 ? `${(ourValue / floorValue).toFixed(2)}×` : '–';
      const verdict = budget === undefined ? '' : budget.check(ourValue, floorValue) ? `pass (${budget.label})` : `FAIL (${budget.label})`;
      rows.push([name, format(ourValue), format(floorValue), ratio, verdict]);
    };
    const atLeast = (n) => ({ label: `≥ ${n}`, check: (v) => v >= n });
    const atMost = (n, label) => ({ label, check: (v) => v <= n });
    for (const form of ['mobile', 'desktop']) {
      const o = ours[form];
      const p = plain[form];
      row(`Lighthouse ${form}: performance`, o.performance, p.performance, fmt.score, form === 'mobile' ? atLeast(98) : undefined);
      row(`Lighthouse ${form}: accessibility`, o.accessibility, p.accessibility, fmt.score, atLeast(100));
      row(`Lighthouse ${form}: best practices`, o.bestPractices, p.bestPractices, fmt.score, atLeast(100));
      row(`Lighthouse ${form}: SEO`, o.seo, p.seo, fmt.score, atLeast(100));
      row(`${form}: FCP`, o.fcp, p.fcp, fmt.ms);
      row(`${form}: LCP`, o.lcp, p.lcp, fmt.ms, { label: '≤ 1.2× plain', check: (v, f) => v <= 1.2 * f });
      row(`${form}: TBT`, o.tbt, p.tbt, fmt.ms, atMost(50, '≤ 50 ms'));
      row(`${form}: CLS`, o.cls, p.cls, fmt.cls, atMost(0.01, '≤ 0.01'));
    }
    row('First visit: JavaScript (gzip)', ours.mobile.js, plain.mobile.js, fmt.kb, atMost(90 * 1024, '≤ 90 KB'));
    row('First visit: CSS (gzip)', ours.mobile.css, plain.mobile.css, fmt.kb, atMost(12 * 1024, '≤ 12 KB'));
    row('First visit: requests', ours.mobile.requests, plain.mobile.requests, fmt.count);
    for (const form of ['phone', 'desktop']) {
      const size = form === 'phone' ? '390×844' : '1440×900';
      row(`Scroll ${size}: median frame`, scroll[form].medianFrame, plainScroll[form].medianFrame, fmt.frame);
      row(`Scroll ${size}: frames over 20 ms`, scroll[form].slowShare, plainScroll[form].slowShare, fmt.pct);
      row(`Scroll ${size}: longest task`, scroll[form].longestTask, plainScroll[form].longestTask, fmt.ms, atMost(50, '≤ 50 ms'));
    }
  } finally {
    await site.close();
    await floor.close();
  }

  const header = ['Measure', 'Explainer', 'Plain HTML floor', 'Ratio', 'Budget'];
  const table = [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
  const stamp = `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\` (Lighthouse 12.2.3, median of ${RUNS} runs; ${describeChromium(BROWSER)}; Node ${process.version}).`;
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
  if (rows.some((r) => r[4].startsWith('FAIL'))) process.exitCode = 1;
};

await main();
