// @vitest-environment node
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { timelineData } from '../../../scripts/vite/timelineData';

type Hook = (...args: unknown[]) => unknown;
const hook = (name: 'configResolved' | 'closeBundle', plugin = timelineData()) => plugin[name] as unknown as Hook;

let outDir = '';
afterEach(() => rmSync(outDir, { recursive: true, force: true }));

/** Runs the plugin's closeBundle as a build (or a dev server) of this project would. */
const close = async (command: 'build' | 'serve') => {
  outDir = mkdtempSync(join(tmpdir(), 'timeline-data-'));
  const plugin = timelineData();
  hook('configResolved', plugin)({ command, root: process.cwd(), build: { outDir, ssr: false } });
  await hook('closeBundle', plugin)();
};

describe('the timelineData Vite plugin', { timeout: 60_000 }, () => {
  it('writes the four data files on a build, generated from the content', async () => {
    await close('build');
    expect(readdirSync(join(outDir, 'data')).sort()).toEqual([
      'timeline-events.csv',
      'timeline-events.json',
      'us-troops-in-afghanistan.csv',
      'us-troops-in-afghanistan.json',
    ]);
    expect(JSON.parse(readFileSync(join(outDir, 'data', 'timeline-events.json'), 'utf8')).events.length).toBeGreaterThanOrEqual(15);
  });

  it('writes nothing when a dev server (Vitest’s included) closes', async () => {
    await close('serve');
    expect(existsSync(join(outDir, 'data'))).toBe(false);
  });
});
