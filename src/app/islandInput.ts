/**
 * What a reader does to an island before its code is live, kept so it can be
 * acted on once it is: the click on a control, or a key (other than Tab,
 * which moves focus natively, and Enter or Space on a control, which the
 * browser turns into a click that is held instead).
 */
export type HeldInput =
  | { readonly kind: 'click'; readonly target: HTMLElement }
  | { readonly kind: 'key'; readonly target: HTMLElement; readonly init: KeyboardEventInit };

/** Links are left alone (the browser follows them), except those that need scripts to do their job. */
const HOLDS_CLICKS = 'button, [role="button"], summary, input, select, a[data-needs-js], [data-hold-click]';
const ACTIVATES_ON_KEY = 'button, [role="button"], summary, a[href], input[type="checkbox"], input[type="radio"]';
const TYPES_TEXT = 'input:not([type="checkbox"]):not([type="radio"]), textarea, select, [contenteditable]';
const PASS_THROUGH_KEYS = new Set(['Tab', 'Shift', 'Control', 'Alt', 'Meta', 'CapsLock']);

const elementOf = (target: EventTarget | null): Element | null => (target instanceof Element ? target : null);

/** The input to hold for `event` inside `island`, or null to let it through. */
export const holdableInput = (event: Event, island: Element): HeldInput | null => {
  const target = elementOf(event.target);
  if (target === null || !island.contains(target)) return null;
  if (event.type === 'click') {
    const control = target.closest<HTMLElement>(HOLDS_CLICKS);
    return control !== null && island.contains(control) ? { kind: 'click', target: control } : null;
  }
  if (event.type !== 'keydown' || !(event instanceof KeyboardEvent) || !(target instanceof HTMLElement)) return null;
  if (PASS_THROUGH_KEYS.has(event.key) || event.isComposing || target.closest(TYPES_TEXT) !== null) return null;
  if ((event.key === 'Enter' || event.key === ' ') && target.closest(ACTIVATES_ON_KEY) !== null) return null;
  const { key, code, shiftKey, altKey, ctrlKey, metaKey, repeat } = event;
  return { kind: 'key', target, init: { key, code, shiftKey, altKey, ctrlKey, metaKey, repeat, bubbles: true, cancelable: true } };
};

/** Acts on held input once the island is live; input whose element has gone is dropped. */
export const replayInput = (held: readonly HeldInput[]): void => {
  for (const input of held) {
    if (!input.target.isConnected) continue;
    if (input.kind === 'click') input.target.click();
    else input.target.dispatchEvent(new KeyboardEvent('keydown', input.init));
  }
};

/**
 * Where the pointer rests and what has focus carry over too: React only sees
 * them change, so an island that comes alive under the pointer, or around the
 * focused element, is told of them as if they had just arrived (a source note
 * then opens on the hover or focus that woke its island).
 */
export const replayPresence = (island: Element, hovered: Element | null): void => {
  const focused = document.activeElement;
  if (focused instanceof HTMLElement && focused !== island && island.contains(focused)) {
    focused.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  }
  if (hovered?.isConnected === true && island.contains(hovered) && hovered.matches(':hover')) {
    hovered.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, relatedTarget: null }));
  }
};
