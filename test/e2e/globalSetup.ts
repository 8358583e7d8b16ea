import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { startServer, type StaticServer } from '../../scripts/serve.mjs';
import { describeChromium, findChromium } from '../../scripts/browser.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

let server: StaticServer | undefined;

/** Builds the site once and serves dist/ on 127.0.0.1 for every browser test. */
export default async function setup(project: TestProject) {
  const browser = await findChromium();
  console.log(`Browser tests use ${describeChromium(browser)}: ${browser.path}`);
  project.provide('chromiumPath', browser.path);
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
  };
}
