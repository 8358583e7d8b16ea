/**
 * The deck's state and actions, shared by the audience deck and the speaker
 * notes window; deckReducer.ts moves between states.
 */

/** Panels drawn over the slides; only one at a time. */
export type DeckOverlay = 'none' | 'overview' | 'help' | 'print' | 'popup-blocked';

/** Who caused the last move: the sync channel must not echo 'remote' moves back. */
export type MoveOrigin = 'initial' | 'local' | 'remote';

export interface DeckState {
  /** Reveal steps per slide (at least 1 each); fixed for the deck's life. */
  readonly stepCounts: readonly number[];
  readonly slide: number;
  readonly step: number;
  readonly overlay: DeckOverlay;
  readonly isBlackedOut: boolean;
  /** Digits typed so far for "number, then Enter". */
  readonly typed: string;
  /** +1 forward, -1 back, 0 for jumps: the transition's direction. */
  readonly direction: 1 | -1 | 0;
  readonly origin: MoveOrigin;
}

export type NavCommand = 'next' | 'prev' | 'first' | 'last';

export type DeckAction =
  | { readonly type: NavCommand }
  | { readonly type: 'digit'; readonly digit: string }
  | { readonly type: 'commit' }
  | { readonly type: 'goto'; readonly slide: number; readonly step?: number; readonly origin?: MoveOrigin }
  | { readonly type: 'sync'; readonly slide: number; readonly step: number; readonly isBlackedOut: boolean }
  | { readonly type: 'toggle'; readonly overlay: Exclude<DeckOverlay, 'none'> }
  | { readonly type: 'close' }
  | { readonly type: 'blackout' };

export const clamp = (value: number, min: number, max: number): number =>
  Number.isFinite(value) ? Math.min(max, Math.max(min, Math.trunc(value))) : value > 0 ? max : min;

export const lastStepOf = (state: DeckState, slide: number): number => Math.max(0, (state.stepCounts[slide] ?? 1) - 1);

export const initDeck = (stepCounts: readonly number[], slide = 0): DeckState => {
  const counts = stepCounts.length === 0 ? [1] : stepCounts.map((count) => Math.max(1, Math.trunc(count) || 1));
  return {
    stepCounts: counts,
    slide: clamp(slide, 0, counts.length - 1),
    step: 0,
    overlay: 'none',
    isBlackedOut: false,
    typed: '',
    direction: 0,
    origin: 'initial',
  };
};

/**
 * What may act right now: while blacked out only the blackout key brings the
 * slides back (as in reveal.js); while a panel is open, keys meant for the
 * slides wait, except in the overview, where they move the selection.
 */
export const acceptsAction = (state: DeckState, action: DeckAction): boolean => {
  if (action.type === 'sync' || action.type === 'goto') return true;
  if (state.isBlackedOut) return action.type === 'blackout';
  if (state.overlay === 'none' || action.type === 'close' || action.type === 'toggle') return true;
  return state.overlay === 'overview' && action.type !== 'blackout';
};
