// The one place that finds the Chromium used by the browser tests, the bench and
// the share-image script, and the flags it is launched with. Order: CHROME_PATH;
// Debian's /usr/bin/chromium if it starts; else the Chromium that the npm package
// @sparticuz/chromium ships (unpacked into the temp folder on first use). Nothing
// is downloaded at run time.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** Our own flags only: never the npm build's serverless defaults, which turn off web security and site isolation. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const NPM_PACKAGE = '@sparticuz/chromium';

const versionOf = (path) => {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
};

/** The exact version pinned in our package.json. */
const npmPackageVersion = () =>
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).devDependencies[NPM_PACKAGE];

/**
 * Resolves the browser: `{ path, source, version }`, where `source` says which
 * rule picked it. Throws with what to do when none can be had.
 */
export const findChromium = async () => {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist.`);
    return { path: fromEnv, source: 'CHROME_PATH', version: versionOf(fromEnv) ?? 'unknown version' };
  }
  if (existsSync(SYSTEM_CHROMIUM)) {
    const version = versionOf(SYSTEM_CHROMIUM);
    if (version !== null) return { path: SYSTEM_CHROMIUM, source: 'system', version };
  }
  let executablePath;
  try {
    ({ default: { executablePath } } = await import(NPM_PACKAGE));
  } catch {
    throw new Error(`No Chromium: set CHROME_PATH, install Debian's chromium, or run \`npm install\` (it brings ${NPM_PACKAGE}).`);
  }
  // Unpacks once into the temp folder; later calls return the unpacked binary.
  const path = await executablePath();
  return { path, source: `npm ${NPM_PACKAGE}@${npmPackageVersion()}`, version: versionOf(path) ?? 'unknown version' };
};

/** One line for logs and the bench table. */
export const describeChromium = ({ version, source }) => `${version} (${source})`;
