import { defineConfig } from 'vitest/config';
import { contentCheck } from './scripts/vite/contentCheck.ts';
import { headMeta } from './scripts/vite/headMeta.ts';
import { pageStylesheetInputs, prerender } from './scripts/vite/prerender.ts';
import { shareMeta } from './scripts/vite/shareMeta.ts';
import { timelineData } from './scripts/vite/timelineData.ts';
import { troopFacts } from './scripts/vite/troopFacts.ts';
import { locatorMap } from './scripts/vite/locatorMap.ts';

const browserTests = ['test/e2e/**/*.test.ts'];
// Component tests that mock modules (vi.mock) or motion globals: each needs its own environment.
const componentTestsWithMocks = ['test/app/faults.test.tsx', 'test/features/proposals/ProposalPanel.test.tsx'];

/** React, the shared helpers and components (not Motion: only islands that animate load it), and the site's copy. */
const BASE_MODULES = /node_modules[\\/](react|react-dom|scheduler)[\\/]|src[\\/](lib|components)[\\/]|src[\\/]content[\\/](site|embed)\.ts/;

export default defineConfig({
  build: {
    target: 'es2022',
    // Images and fonts stay files: CSP allows only 'self' and the sandboxed embed needs no data: juggling.
    assetsInlineLimit: 0,
    modulePreload: {
      polyfill: false,
      // No <link rel="modulepreload"> in the HTML: Lighthouse's mobile model counts those (React and the
      // shared chunk, 75 KB gzip) against the first paint whatever their fetchpriority (measured: LCP
      // 1877 ms with them, 1276 ms without). The entry imports them one round trip later; islands hold
      // input until live. Lazy chunks keep preloading their own imports.
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? [] : deps),
    },
    sourcemap: false,
    rolldownOptions: {
      // The site's one script entry, and each page's stylesheet (inlined into that page by the prerender).
      input: { index: 'index.html', ...pageStylesheetInputs },
      output: {
        // What every page needs at once (React, the shared helpers and components, the site's copy) in one
        // chunk rather than a handful of tiny ones: each request costs a round trip before the page is live.
        codeSplitting: {
          groups: [
            {
              name: 'base',
              test: (id: string) => BASE_MODULES.test(id) && !/[\\/]lib[\\/][Mm]otion/.test(id),
              priority: 10,
            },
          ],
        },
      },
      onwarn(warning, defaultHandler) {
        // framer-motion's "use client" markers mean nothing in a client bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        defaultHandler(warning);
      },
    },
  },
  plugins: [contentCheck(), headMeta(), shareMeta(), timelineData(), troopFacts(), locatorMap(), prerender()],
  test: {
    // One more worker than the 2 cores: browser tests spend much of their time waiting on Chromium,
    // so a third file overlaps that wait (measured: Vitest 398 s with 2 workers, 343 s with 3, 362 s with 4).
    maxWorkers: 3,
    projects: [
      {
        extends: true,
        test: {
          // Logic and content need no DOM, so no jsdom start-up per file (a file that does says so in a docblock).
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: browserTests,
          // Property tests share the machine with a browser: a margin, not a need.
          testTimeout: 20_000,
          // Pure modules: one module graph per worker, not per file (measured: 20 s -> 11 s); stubs are undone after each test.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['test/**/*.test.tsx'],
          exclude: componentTestsWithMocks,
          setupFiles: ['test/setup.ts'],
          testTimeout: 20_000,
          // One jsdom per worker, not per file (measured: 99 s -> 28 s for these files on 2 cores).
          // They render through Testing Library, which cleans up after each test, and share no mocks.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // Files that mock modules or globals get a fresh environment of their own.
          name: 'components-isolated',
          environment: 'jsdom',
          include: componentTestsWithMocks,
          setupFiles: ['test/setup.ts'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: browserTests,
          globalSetup: ['test/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
