import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * Inside a sandbox without allow-same-origin (opaque origin, as WordPress
 * embeds are) new tabs are usually blocked, so the reader needs the address
 * to copy. Returns the absolute address there, null elsewhere; always null on
 * the server and during hydration, so the prerendered HTML matches.
 */
export const useSandboxedAddress = (href: string): string | null =>
  useSyncExternalStore(
    subscribe,
    () => (window.origin === 'null' ? new URL(href, window.location.href).href : null),
    () => null,
  );
