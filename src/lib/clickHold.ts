/** Controls whose activation should survive hydration. Links are left alone: the browser follows them anyway. */
const ACTIVATABLE = 'button, [role="button"], summary, input[type="checkbox"], input[type="radio"]';

/** Parts still waiting for their code, innermost first when nested. */
const waiting = new WeakSet<Element>();

const nearestWaitingPart = (control: Element): Element | null => {
  let part = control.closest('.deferred-part');
  while (part !== null && !waiting.has(part)) part = part.parentElement?.closest('.deferred-part') ?? null;
  return part;
};

export interface ClickHold {
  /** Replays the last held click, if its control is still in the page. */
  readonly release: () => void;
  readonly stop: () => void;
}

/**
 * React drops (and stops) clicks on HTML it has not hydrated yet. While a part
 * waits for its code, this catches clicks on its controls before React does
 * (document, capture phase), holds the last one (Enter and Space on a button
 * arrive as clicks too) and replays it once the part is live.
 */
export const holdClicks = (wrapper: HTMLElement): ClickHold => {
  let held: HTMLElement | null = null;
  const handleClick = (event: MouseEvent) => {
    if (!(event.target instanceof Element)) return;
    const control = event.target.closest<HTMLElement>(ACTIVATABLE);
    if (control === null || nearestWaitingPart(control) !== wrapper) return;
    event.preventDefault();
    event.stopPropagation();
    held = control;
  };
  waiting.add(wrapper);
  document.addEventListener('click', handleClick, true);
  const stop = () => {
    waiting.delete(wrapper);
    document.removeEventListener('click', handleClick, true);
  };
  return {
    stop,
    release: () => {
      stop();
      const control = held;
      held = null;
      if (control?.isConnected) control.click();
    },
  };
};
