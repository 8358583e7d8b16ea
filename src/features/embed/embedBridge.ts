/**
 * Tells the host page how tall the embed is, in every protocol it may speak
 * (pym.js, AMP, WordPress), whenever that height changes: first render, load,
 * fonts, a card opened, a width change. No library, no polling.
 *
 * Changes are coalesced into one measurement per animation frame, with a
 * one-shot timer as a fallback because Chromium pauses frames (and
 * ResizeObserver) in cross-origin iframes that are off screen. An unchanged
 * height is never sent twice. Messages carry a number only, so `'*'` as the
 * target origin leaks nothing; the host's `parentUrl`/`parentTitle` are never read.
 */
import { heightMessages, parsePymMessage, parsePymWidth, readChildId, readWpSecret } from './embedMessages';

const FALLBACK_DELAY_MS = 200;

export interface EmbedBridgeOptions {
  /** Our own window: its document is measured and its events observed. */
  readonly self: Window;
  /** The host page (window.parent): the only window we post to or accept messages from. */
  readonly host: Window;
  /** The content height in CSS px; by default the root element's, rounded up. */
  readonly measure?: () => number;
}

/** The height of the page's content: the root element's box, not the frame's viewport. */
const measureDocument = (doc: Document): number => Math.ceil(doc.documentElement.getBoundingClientRect().height);

/** Starts reporting; returns the function that stops it. */
export const connectEmbedBridge = ({ self, host, measure = () => measureDocument(self.document) }: EmbedBridgeOptions) => {
  const channels = { childId: readChildId(self.location.search), secret: readWpSecret(self.location.hash) };
  let lastSent: number | null = null;
  let pending: { frame: number; timer: number } | null = null;
  let isStopped = false;

  const cancelPending = () => {
    if (pending === null) return;
    self.cancelAnimationFrame(pending.frame);
    self.clearTimeout(pending.timer);
    pending = null;
  };

  const flush = () => {
    cancelPending();
    const height = measure();
    if (isStopped || !Number.isFinite(height) || height <= 0 || height === lastSent) return;
    lastSent = height;
    for (const message of heightMessages(height, channels)) host.postMessage(message, '*');
  };

  const schedule = () => {
    if (isStopped || pending !== null) return;
    pending = { frame: self.requestAnimationFrame(flush), timer: self.setTimeout(flush, FALLBACK_DELAY_MS) };
  };

  const handleMessage = (event: MessageEvent) => {
    if (event.source !== host || channels.childId === null) return;
    const message = parsePymMessage(event.data, channels.childId);
    if (message?.type === 'width' && parsePymWidth(message.payload) !== null) schedule();
  };

  const doc = self.document;
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule);
  observer?.observe(doc.documentElement);
  self.addEventListener('message', handleMessage);
  self.addEventListener('load', schedule);
  // Disclosures and CSS transitions end in a new height; ResizeObserver sees most, these cover the rest.
  doc.addEventListener('toggle', schedule, true);
  doc.addEventListener('transitionend', schedule, true);
  if ('fonts' in doc) doc.fonts.ready.then(schedule, () => undefined);
  schedule();

  return () => {
    isStopped = true;
    cancelPending();
    observer?.disconnect();
    self.removeEventListener('message', handleMessage);
    self.removeEventListener('load', schedule);
    doc.removeEventListener('toggle', schedule, true);
    doc.removeEventListener('transitionend', schedule, true);
  };
};
