#!/usr/bin/env node
// Serves dist/ on 127.0.0.1 the way a CDN would: gzip for text, long cache for
// hashed assets, and CORS on /assets/ so a sandboxed (opaque-origin) iframe can
// still load the module script and stylesheet. Used by `npm run preview`, the
// browser tests and the benchmark.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createGzip } from 'node:zlib';

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
export const startServer = ({ dir = 'dist', port = 0, host = '127.0.0.1', gzip = true, extraHeaders = {} } = {}) => {
  const root = resolve(dir);
  const requests = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    const file = fileFor(root, url.pathname);
    if (file === null || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(file === null ? 404 : 405, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(file === null ? 'Not found' : 'Method not allowed');
      return;
    }
    const type = extname(file);
    const headers = {
      'content-type': TYPES[type] ?? 'application/octet-stream',
      'cache-control': url.pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
      vary: 'Accept-Encoding',
      ...extraHeaders,
    };
    if (url.pathname.startsWith('/assets/')) headers['access-control-allow-origin'] = '*';
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
