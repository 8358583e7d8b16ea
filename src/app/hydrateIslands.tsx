import { startTransition, StrictMode, type ComponentType } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { AfterMount } from './AfterMount';
import { IslandFrame } from './islands/IslandFrame';
import { isIslandName, islandLoaders } from './islands/loaders';
import type { IslandName } from './islands/types';
import { holdableInput, replayInput, replayPresence, type HeldInput } from './islandInput';

/**
 * Once the reader has started reading (scrolled, pressed a key, touched the
 * page), an island loads when it is within a screen of the viewport and the
 * scroll comes to rest; any island loads at once when the reader reaches for
 * it. A reader who only looks at the first screen downloads no island code: it
 * is prerendered and reads the same.
 */
const LOOKAHEAD = '100% 0px 100% 0px';
/**
 * An island the viewport brings near waits until the page has not scrolled for
 * this long: loading and hydrating mid-fling costs frames the reader sees, and
 * an island flung past is never needed. Input never waits (see `start`).
 */
const SCROLL_REST_MS = 150;
const INTENT_EVENTS = ['pointerover', 'pointerdown', 'touchstart', 'focusin'] as const;
const HELD_EVENTS = ['click', 'keydown'] as const;
const READING_EVENTS = ['scroll', 'wheel', 'keydown', 'pointerdown', 'touchstart'] as const;
/** Small islands wanted at once: the header's controls, the contents bar, and the embed credit (the address to copy in sandboxed frames). */
const AT_ONCE: ReadonlySet<string> = new Set(['header', 'contents', 'embedCredit']);

/**
 * Resolves when the reader first scrolls or acts; at once if a link or reload
 * has already put them down the page, or if the address asks for what the
 * prerendered HTML does not show (an embed with `&hindsight` shows it unasked).
 */
const readingStarted = (asksForState: boolean): Promise<void> =>
  new Promise((resolve) => {
    if (asksForState || window.scrollY > 0 || window.location.hash.length > 1) {
      resolve();
      return;
    }
    const begin = () => {
      READING_EVENTS.forEach((type) => window.removeEventListener(type, begin, true));
      resolve();
    };
    READING_EVENTS.forEach((type) => window.addEventListener(type, begin, { capture: true, passive: true }));
  });

/** `after` calls back once the page has been still for SCROLL_REST_MS (at once if it is); one listener for every island. */
const watchScrollRest = (): { after: (callback: () => void) => void; stop: () => void } => {
  let lastScroll = -Infinity;
  const noteScroll = () => {
    lastScroll = performance.now();
  };
  window.addEventListener('scroll', noteScroll, { capture: true, passive: true });
  const after = (callback: () => void) => {
    const check = () => {
      const still = performance.now() - lastScroll;
      if (still >= SCROLL_REST_MS) callback();
      else window.setTimeout(check, SCROLL_REST_MS - still);
    };
    check();
  };
  return { after, stop: () => window.removeEventListener('scroll', noteScroll, true) };
};

const parseProps = (text: string | undefined): Record<string, unknown> | null => {
  try {
    const value: unknown = JSON.parse(text ?? '{}');
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};

/**
 * Watches one island: loads its code when it nears the viewport or is touched,
 * holds clicks and keys that arrive before it is live and replays them after,
 * then hydrates it as its own React root (in a transition, so React yields to
 * the reader while it works). Marks the element `data-live` once live.
 */
const watchIsland = (element: HTMLElement, reading: Promise<void>, afterScrollRest: (callback: () => void) => void): (() => void) => {
  const name = element.dataset.island;
  const props = parseProps(element.dataset.props);
  if (!isIslandName(name) || props === null) return () => {};
  let root: Root | null = null;
  let isStopped = false;
  const held: HeldInput[] = [];
  let isStarted = false;
  let isHydrating = false;

  const handleHeld = (event: Event) => {
    start();
    // Once hydration has begun, React itself hydrates at once for a click or key, then handles it.
    if (isHydrating) return;
    const input = holdableInput(event, element);
    if (input === null) return;
    event.preventDefault();
    event.stopPropagation();
    held.push(input);
  };
  const stopHolding = () => HELD_EVENTS.forEach((type) => element.removeEventListener(type, handleHeld, true));
  // Which of the island's children are near the viewport now: it starts only if still near once the scroll rests.
  const near = new Set<Element>();
  let isWaitingForRest = false;
  const startIfStillNear = () => {
    isWaitingForRest = false;
    if (near.size > 0) start();
  };
  const observer = typeof IntersectionObserver === 'function' ? new IntersectionObserver((entries) => {
    entries.forEach((entry) => (entry.isIntersecting ? near.add(entry.target) : near.delete(entry.target)));
    if (near.size === 0 || isWaitingForRest || isStarted) return;
    isWaitingForRest = true;
    afterScrollRest(startIfStillNear);
  }, { rootMargin: LOOKAHEAD }) : null;
  let hovered: Element | null = null;
  const noteHover = (event: Event) => {
    hovered = event.target instanceof Element ? event.target : null;
  };
  const stopWatching = () => {
    observer?.disconnect();
    INTENT_EVENTS.forEach((type) => element.removeEventListener(type, start, true));
  };
  const onLive = () => {
    if (element.dataset.live !== undefined) return;
    element.dataset.live = '';
    stopHolding();
    element.removeEventListener('pointerover', noteHover, true);
    replayPresence(element, hovered);
    replayInput(held.splice(0));
  };

  function start() {
    if (isStarted) return;
    isStarted = true;
    stopWatching();
    const load = islandLoaders[name as IslandName] as () => Promise<ComponentType<Record<string, unknown>>>;
    load()
      .then((Component) => {
        if (isStopped) return;
        const content = (
          <StrictMode>
            <AfterMount onMount={onLive}>
              <IslandFrame name={name as string}>
                <Component {...props} />
              </IslandFrame>
            </AfterMount>
          </StrictMode>
        );
        const identifierPrefix = element.dataset.key === undefined ? undefined : `i${element.dataset.key}-`;
        isHydrating = true;
        startTransition(() => {
          root = hydrateRoot(element, content, { identifierPrefix });
        });
      })
      .catch((error: unknown) => {
        // The prerendered HTML stays readable; held input cannot be acted on.
        stopHolding();
        console.error(`[island ${name}] could not load`, error);
      });
  }

  HELD_EVENTS.forEach((type) => element.addEventListener(type, handleHeld, true));
  element.addEventListener('pointerover', noteHover, { capture: true, passive: true });
  INTENT_EVENTS.forEach((type) => element.addEventListener(type, start, { capture: true, passive: true }));
  if (observer === null || AT_ONCE.has(name)) start();
  // An island is `display: contents`: it has no box of its own, so watch what it holds.
  else
    void reading.then(() => {
      if (!isStarted && !isStopped) Array.from(element.children).forEach((child) => observer.observe(child));
    });
  return () => {
    isStopped = true;
    stopWatching();
    stopHolding();
    element.removeEventListener('pointerover', noteHover, true);
    root?.unmount();
  };
};

/**
 * Starts every island under `root`; returns what stops them all (tests).
 * Islands share nothing but the page state in src/app. `asksForState`: the
 * address selects something (hindsight, an actor), so islands in view go live
 * without waiting for the reader.
 */
export const hydrateIslands = (root: ParentNode, { asksForState = false }: { asksForState?: boolean } = {}): (() => void) => {
  const reading = readingStarted(asksForState);
  const scrollRest = watchScrollRest();
  const stops = Array.from(root.querySelectorAll<HTMLElement>('[data-island]'), (island) => watchIsland(island, reading, scrollRest.after));
  return () => {
    scrollRest.stop();
    stops.forEach((stop) => stop());
  };
};
