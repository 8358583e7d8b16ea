// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type StaticServer } from '../../scripts/serve.mjs';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Writes files (path → content) under dir, creating folders. */
const writeFiles = (dir: string, files: Record<string, string>) => {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
};

/** A raw GET: the path goes on the wire exactly as written (fetch would normalise `..` away first). */
const get = (url: string, path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> =>
  new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const req = request({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });

let temp = '';
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'serve-test-'));
  // Outside the served folders: no request may reach it.
  writeFileSync(join(temp, 'secret.txt'), 'do not serve');
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('startServer with the folder’s own _headers', () => {
  let server: StaticServer;
  beforeAll(async () => {
    const root = join(temp, 'site');
    writeFiles(root, {
      _headers: [
        '# a comment',
        '/*',
        '  X-Content-Type-Options: nosniff',
        '  Referrer-Policy: strict-origin-when-cross-origin',
        '',
        '/assets/*',
        '  Cache-Control: public, max-age=31536000, immutable',
        '  Access-Control-Allow-Origin: *',
        '',
        '/',
        '  Cache-Control: no-cache',
        '/index.html',
        '  Cache-Control: no-cache',
        '/data/:file',
        '  Cache-Control: max-age=300',
        '  X-Test: data',
      ].join('\n'),
      'index.html': '<!doctype html><title>t</title>',
      'assets/x-abc123.js': 'export const x = 1;',
      'data/events.json': '[]',
      'notes.txt': 'plain',
    });
    server = await startServer({ dir: root });
  });
  afterAll(() => server.close());

  it('sends long-lived, CORS-enabled caching for hashed assets', async () => {
    const { status, headers } = await get(server.url, '/assets/x-abc123.js');
    expect(status).toBe(200);
    expect(headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(headers['cache-control']).toBe(IMMUTABLE);
    expect(headers['access-control-allow-origin']).toBe('*');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  it.each(['/', '/index.html'])('revalidates the HTML at %s and sends no CORS header', async (path) => {
    const { status, headers, body } = await get(server.url, path);
    expect(status).toBe(200);
    expect(body).toContain('<title>t</title>');
    expect(headers['cache-control']).toBe('no-cache');
    expect(headers['access-control-allow-origin']).toBeUndefined();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  it('matches a :placeholder segment and applies only the rules that match', async () => {
    const data = await get(server.url, '/data/events.json');
    expect(data.headers['cache-control']).toBe('max-age=300');
    expect(data.headers['x-test']).toBe('data');
    const other = await get(server.url, '/notes.txt');
    expect(other.status).toBe(200);
    expect(other.headers['cache-control']).toBeUndefined();
    expect(other.headers['x-test']).toBeUndefined();
    expect(other.headers['x-content-type-options']).toBe('nosniff');
  });

  it('does not serve _headers itself', async () => {
    for (const path of ['/_headers', '/%5Fheaders', '//_headers', '/./_headers']) {
      expect((await get(server.url, path)).status, path).toBe(404);
    }
  });

  it('never serves a file outside its folder', async () => {
    const attempts = ['/../secret.txt', '/%2e%2e/secret.txt', '/%2e%2e%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/../package.json', '/%2e%2e/package.json'];
    for (const path of attempts) {
      const { status, body } = await get(server.url, path);
      expect(status, path).toBe(404);
      expect(body, path).not.toContain('do not serve');
    }
  });
});

describe('startServer on a folder without _headers', () => {
  let server: StaticServer;
  beforeAll(async () => {
    const root = join(temp, 'bare');
    writeFiles(root, {
      'index.html': '<!doctype html><title>t</title>',
      'assets/index-abc123.js': 'export {};',
      'embed/story/index.html': '<!doctype html><title>story</title>',
      'embed-demo.html': '<!doctype html><title>demo</title>',
      'boot.js': '',
      'noscript.css': '',
      'vendor/pym.v1.min.js': '',
      'data/timeline-events.csv': '',
      'oembed.json': '{}',
      'og-image.png': '',
      'favicon.svg': '<svg/>',
    });
    server = await startServer({ dir: root });
  });
  afterAll(() => server.close());

  // The project's public/_headers, i.e. what production sends.
  it.each([
    ['/assets/index-abc123.js', IMMUTABLE, '*'],
    ['/', 'no-cache', undefined],
    ['/index.html', 'no-cache', undefined],
    ['/embed/story/', 'no-cache', undefined],
    ['/embed-demo.html', 'no-cache', undefined],
    ['/boot.js', 'no-cache', undefined],
    ['/noscript.css', 'no-cache', undefined],
    ['/vendor/pym.v1.min.js', 'no-cache', undefined],
    ['/data/timeline-events.csv', 'no-cache', undefined],
    ['/oembed.json', 'no-cache', undefined],
    ['/og-image.png', 'no-cache', undefined],
    ['/favicon.svg', 'no-cache', undefined],
  ])('uses the project’s public/_headers for %s', async (path, cacheControl, cors) => {
    const { status, headers } = await get(server.url, path);
    expect(status).toBe(200);
    // Exactly one value each: no two rules set the same header for one path.
    expect(headers['cache-control']).toBe(cacheControl);
    expect(headers['access-control-allow-origin']).toBe(cors);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });
});
