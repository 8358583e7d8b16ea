#!/usr/bin/env node
// Serves dist/ on 127.0.0.1 the way a static host would: gzip for text, and the
// response headers from `_headers` (Netlify / Cloudflare Pages format), read at
// start-up from the served folder, else from public/_headers, so production and
// every local run share one source of truth. Used by `npm run preview`, the
// browser tests and the benchmark.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createGzip } from 'node:zlib';

const HEADERS_FILE = '_headers';
const PROJECT_HEADERS = fileURLToPath(new URL('../public/_headers', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.csv', '.txt']);

/** A `_headers` path pattern as a RegExp: `*` matches anything (slashes too), `:name` one path segment. */
const patternToRegExp = (pattern) => {
  const parts = pattern.split(/(\*|:[A-Za-z]\w*)/);
  const source = parts
    .map((part, index) => {
      if (index % 2 === 0) return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
      return part === '*' ? '.*' : '[^/]+';
    })
    .join('');
  return new RegExp(`^${source}$`);
};

/**
 * Parses a `_headers` file: a path pattern on an unindented line, then its
 * indented `Name: value` lines; `#` starts a comment. Throws on anything else
 * (such as Cloudflare's `! Name` detach lines, which Netlify rejects), so a
 * mistake shows at start-up rather than as a missing header in production.
 * @returns {{ pattern: string, test: RegExp, headers: [string, string][] }[]}
 */
const parseHeaders = (text, source) => {
  const rules = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const where = `${source}:${index + 1}`;
    if (!/^\s/.test(raw)) {
      if (!line.startsWith('/')) throw new Error(`${where}: a rule must start with a path beginning with "/" (got ${JSON.stringify(line)})`);
      rules.push({ pattern: line, test: patternToRegExp(line), headers: [] });
      return;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule === undefined || colon < 1) throw new Error(`${where}: expected an indented "Name: value" under a path (got ${JSON.stringify(line)})`);
    rule.headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  });
  return rules;
};

/** The served folder's own `_headers` (what a host deploying it reads), else the project's. */
const headersFileFor = (root) => {
  const own = join(root, HEADERS_FILE);
  return existsSync(own) ? own : PROJECT_HEADERS;
};

/** Headers of every rule matching the path, in file order; a repeated name is comma-joined, as Cloudflare Pages does. */
const headersFor = (rules, pathname) => {
  const headers = {};
  for (const rule of rules) {
    if (!rule.test.test(pathname)) continue;
    for (const [name, value] of rule.headers) headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return headers;
};

/**
 * The request's path, `.` and `..` resolved and repeated slashes collapsed. Read
 * relative to the origin, so `//name` is a path, not a host called `name`.
 * Null when the request target does not parse.
 */
const pathOf = (raw = '/') => {
  try {
    return new URL(raw.startsWith('/') ? `http://localhost${raw}` : raw, 'http://localhost').pathname.replace(/\/{2,}/g, '/');
  } catch {
    return null;
  }
};

/** Maps a request path to a file inside root, or null (never escapes root). */
const fileFor = (root, pathname) => {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  if (existsSync(candidate) && statSync(candidate).isDirectory()) {
    const index = join(candidate, 'index.html');
    return existsSync(index) ? index : null;
  }
  return existsSync(candidate) ? candidate : null;
};

/**
 * @param {{ dir?: string, port?: number, host?: string, gzip?: boolean, extraHeaders?: Record<string,string> }} options
 * @returns {Promise<{ url: string, close: () => Promise<void>, requests: string[] }>}
 */
export const startServer = async ({ dir = 'dist', port = 0, host = '127.0.0.1', gzip = true, extraHeaders = {} } = {}) => {
  const root = resolve(dir);
  const headersFile = headersFileFor(root);
  const rules = parseHeaders(readFileSync(headersFile, 'utf8'), headersFile);
  // Lower-case like the parsed names, so an extra header replaces a rule's rather than doubling it.
  const extra = Object.fromEntries(Object.entries(extraHeaders).map(([name, value]) => [name.toLowerCase(), value]));
  const requests = [];
  const server = createServer((request, response) => {
    const pathname = pathOf(request.url);
    requests.push(pathname ?? String(request.url));
    const found = pathname === null ? null : fileFor(root, pathname);
    // Hosts read _headers but never serve it.
    const file = found === join(root, HEADERS_FILE) ? null : found;
    if (file === null || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(file === null ? 404 : 405, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(file === null ? 'Not found' : 'Method not allowed');
      return;
    }
    const type = extname(file);
    const headers = {
      'content-type': TYPES[type] ?? 'application/octet-stream',
      vary: 'Accept-Encoding',
      ...headersFor(rules, pathname),
      ...extra,
    };
    const wantsGzip = gzip && COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (wantsGzip) headers['content-encoding'] = 'gzip';
    else headers['content-length'] = String(statSync(file).size);
    response.writeHead(200, headers);
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    const stream = createReadStream(file);
    (wantsGzip ? stream.pipe(createGzip({ level: 9 })) : stream).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address !== null ? address.port : port;
      resolvePromise({
        url: `http://${host}:${actualPort}`,
        requests,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
};

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const portArg = process.argv.indexOf('--port');
  const port = portArg > -1 ? Number(process.argv[portArg + 1]) : 4173;
  const { url } = await startServer({ port });
  console.log(`Serving dist/ at ${url}/ (Ctrl+C to stop)`);
}
