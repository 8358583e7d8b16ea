import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createServer } from 'vite';
import { locatorMap } from './locatorMap.ts';

/**
 * Loads one module of the app through Vite's SSR loader (TSX, JSON and
 * extensionless imports work as they do in the app), hands it to `use`, then
 * closes the throwaway server. For build steps that run app code after the
 * bundle: the prerender and the timeline's data files.
 */
export const withSsrModule = async <T, R>(
  root: string,
  path: string,
  use: (module: T) => R | Promise<R>,
): Promise<R> => {
  const server = await createServer({
    root,
    configFile: false,
    // The app imports the locator map's places as a virtual module.
    plugins: [locatorMap()],
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    return await use((await server.ssrLoadModule(path)) as T);
  } finally {
    await server.close();
  }
};

/** Writes a build output, creating its folders. */
export const writeOutputFile = (path: string, text: string): void => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
};
