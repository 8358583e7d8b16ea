/**
 * Builds the code editors paste into their CMS, as plain strings. Pure: the
 * dialog, the oEmbed file and the demo page all use these, so they agree.
 */
import type { EmbedSnippetKind } from '../../content/embedDialog';
// Explicit extensions: the build config (scripts/vite/shareMeta.ts) loads this module too.
import { embedPageUrl, fullExplainerUrl, partOf, rootOf, type EmbedTarget } from './embedUrls.ts';

/** Host pages cap what they accept; the whole story at 320 px wide is far below this. */
const MAX_EMBED_HEIGHT = 100_000;
const FRAME_ID_PREFIX = 'four-steps-';

/** What a snippet points at (see embedUrls.ts). */
export type SnippetOptions = EmbedTarget;

const escapeHtml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const iframeTag = (options: SnippetOptions, id?: string): string => {
  const part = partOf(options.part);
  const idAttribute = id === undefined ? '' : ` id="${id}"`;
  return (
    `<iframe${idAttribute} src="${escapeHtml(embedPageUrl(options))}" title="${escapeHtml(part.frameTitle)}"` +
    ` width="100%" height="${part.initialHeight}" loading="lazy" style="border:0;display:block;width:100%"></iframe>`
  );
};

export const iframeSnippet = (options: SnippetOptions): string => iframeTag(options);

export const pymSnippet = (options: SnippetOptions): string => {
  const part = partOf(options.part);
  return [
    `<div data-pym-src="${escapeHtml(embedPageUrl(options))}" data-pym-title="${escapeHtml(part.frameTitle)}">`,
    `  <a href="${escapeHtml(fullExplainerUrl(options.siteRoot, options.part))}">${escapeHtml(part.frameTitle)}</a>`,
    '</div>',
    `<script src="${escapeHtml(rootOf(options.siteRoot))}vendor/pym.v1.min.js"></script>`,
  ].join('\n');
};

/**
 * An iframe plus a listener that trusts only that frame's window, its origin
 * ("null" when the host sandboxes it without allow-same-origin) and AMP's
 * `embed-size` shape with a sane height.
 */
export const scriptSnippet = (options: SnippetOptions): string => {
  const id = `${FRAME_ID_PREFIX}${options.part}`;
  return [
    iframeTag(options, id),
    '<script>',
    '(function () {',
    `  var frame = document.getElementById('${id}');`,
    '  if (!frame) return;',
    "  var sandbox = frame.getAttribute('sandbox');",
    "  var origin = sandbox !== null && !/(^|\\s)allow-same-origin(\\s|$)/.test(sandbox) ? 'null' : new URL(frame.src).origin;",
    "  window.addEventListener('message', function (event) {",
    '    var data = event.data;',
    '    if (event.source !== frame.contentWindow || event.origin !== origin) return;',
    "    if (!data || data.sentinel !== 'amp' || data.type !== 'embed-size') return;",
    '    var height = Number(data.height);',
    `    if (!isFinite(height) || height <= 0 || height > ${MAX_EMBED_HEIGHT}) return;`,
    "    frame.style.height = Math.ceil(height) + 'px';",
    '  });',
    '})();',
    '</script>',
  ].join('\n');
};

export const embedSnippet = (kind: EmbedSnippetKind, options: SnippetOptions): string => {
  switch (kind) {
    case 'iframe':
      return iframeSnippet(options);
    case 'pym':
      return pymSnippet(options);
    case 'script':
      return scriptSnippet(options);
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
};
