import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type StaticServer } from '../../scripts/serve.mjs';
import { useChromium } from './chromium';

/**
 * A newsroom's page on another origin: served on `localhost` while the site is
 * on 127.0.0.1, with NPR's real pym.js parent from node_modules. Every message
 * the page receives is logged, with the index of the frame that sent it.
 */
export interface HostServer {
  readonly url: string;
  /** Writes a host page whose body is `body`, and returns its address. */
  readonly page: (name: string, body: string) => string;
  readonly close: () => Promise<void>;
}

const MESSAGE_LOG = `<script>
  window.__messages = [];
  window.addEventListener('message', function (event) {
    var frames = Array.prototype.slice.call(document.querySelectorAll('iframe'));
    var frame = frames.findIndex(function (f) { return f.contentWindow === event.source; });
    window.__messages.push({ frame: frame, origin: event.origin, data: event.data });
  });
</script>`;

const startHost = async (): Promise<HostServer> => {
  const dir = mkdtempSync(join(tmpdir(), 'embed-host-'));
  copyFileSync('node_modules/pym.js/dist/pym.v1.min.js', join(dir, 'pym.v1.min.js'));
  const server: StaticServer = await startServer({ dir, host: 'localhost' });
  return {
    url: server.url,
    page: (name, body) => {
      writeFileSync(
        join(dir, `${name}.html`),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title>${MESSAGE_LOG}</head>` +
          `<body style="margin:0;font-family:sans-serif"><h1>A newsroom article</h1>${body}</body></html>`,
      );
      return `${server.url}/${name}.html`;
    },
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

export interface LoggedMessage {
  readonly frame: number;
  readonly origin: string;
  readonly data: unknown;
}

export const messagesOf = (page: Page): Promise<LoggedMessage[]> => page.evaluate(() => (window as unknown as { __messages: LoggedMessage[] }).__messages);

export const clearMessages = (page: Page): Promise<void> =>
  page.evaluate(() => {
    (window as unknown as { __messages: unknown[] }).__messages.length = 0;
  });

export const contentFrame = async (iframe: Locator): Promise<Frame> => {
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error('iframe has no content frame');
  await frame.waitForLoadState('load');
  return frame;
};

/** The height of the embedded document's content, as the bridge measures it. */
export const contentHeight = (frame: Frame): Promise<number> =>
  frame.evaluate(() => document.documentElement.getBoundingClientRect().height);

/** The frame's height on the host page, as laid out. */
export const frameHeight = (iframe: Locator): Promise<number> => iframe.evaluate((el) => el.getBoundingClientRect().height);

/** |frame height − content height| once the host has applied the latest message. */
export const heightGap = async (iframe: Locator): Promise<number> =>
  Math.abs((await frameHeight(iframe)) - (await contentHeight(await contentFrame(iframe))));

/** One Chromium and one host server for a whole test file, closed after it. Read the fields inside tests. */
export const useBrowserAndHost = (): { browser: Browser; host: HostServer } => {
  const context = useChromium() as { browser: Browser; host: HostServer };
  beforeAll(async () => {
    context.host = await startHost();
  });
  afterAll(async () => {
    await context.host?.close();
  });
  return context;
};
