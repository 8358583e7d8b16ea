import { chromium, type BrowserServer } from 'playwright-core';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { startServer, type StaticServer } from '../../scripts/serve.mjs';
import { CHROMIUM_ARGS, describeChromium, findChromium } from '../../scripts/browser.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumEndpoint: string;
  }
}

let server: StaticServer | undefined;
let browserServer: BrowserServer | undefined;

/** Builds the site once, serves dist/ on 127.0.0.1 and starts one Chromium that every browser test file connects to. */
export default async function setup(project: TestProject) {
  const browser = await findChromium();
  console.log(`Browser tests use ${describeChromium(browser)}: ${browser.path}`);
  // One browser process for the whole run (files connect to it and use their own contexts): no launch per file.
  browserServer = await chromium.launchServer({ executablePath: browser.path, args: [...CHROMIUM_ARGS], headless: true });
  project.provide('chromiumEndpoint', browserServer.wsEndpoint());
  // Vitest sets NODE_ENV=test, which Vite would bake into the bundle (React's dev build); test the real one.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', configFile: 'vite.config.ts', mode: 'production' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  server = await startServer({ dir: 'dist' });
  project.provide('baseUrl', server.url);
  return async () => {
    await server?.close();
    await browserServer?.close();
  };
}
