import { useEffect, useEffectEvent } from 'react';
import { intentFor, type KeyIntent, type KeyPress } from './keymap';

const TEXT_INPUTS = /^(?:text|search|email|number|password|tel|url|date|time|datetime-local|month|week)$/;

/** What has focus, as the keymap sees it: typing, a control the browser presses, or anything else. */
const focusKind = (target: EventTarget | null): KeyPress['focus'] => {
  if (!(target instanceof Element)) return 'other';
  if (target instanceof HTMLElement && target.isContentEditable) return 'text';
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return 'text';
  if (target instanceof HTMLInputElement) return TEXT_INPUTS.test(target.type) ? 'text' : 'control';
  return target.closest('button, a[href], summary, [role="button"]') === null ? 'other' : 'control';
};

/**
 * Listens for the deck's keys on the window while the deck is mounted (keys
 * act only in present mode, WCAG 2.1.4). `onIntent` says whether it acted;
 * only then is the browser's default prevented (so arrows still scroll an
 * open panel).
 */
export const useDeckKeys = (onIntent: (intent: KeyIntent) => boolean, hasTypedDigits: boolean) => {
  const handleKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return;
    const intent = intentFor(
      {
        key: event.key,
        shiftKey: event.shiftKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        focus: focusKind(event.target),
      },
      hasTypedDigits,
    );
    if (intent !== null && onIntent(intent)) event.preventDefault();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => handleKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
};
