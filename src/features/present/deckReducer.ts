/**
 * Navigation state of the deck, shared by the audience deck and the speaker
 * notes window. Pure: every action on any state gives a valid state.
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

const MAX_TYPED = 3;

const clamp = (value: number, min: number, max: number): number =>
  Number.isFinite(value) ? Math.min(max, Math.max(min, Math.trunc(value))) : value > 0 ? max : min;

const lastStepOf = (state: DeckState, slide: number): number => Math.max(0, (state.stepCounts[slide] ?? 1) - 1);

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

const moveTo = (state: DeckState, slide: number, step: number, origin: MoveOrigin, direction: 1 | -1 | 0): DeckState => {
  const nextSlide = clamp(slide, 0, state.stepCounts.length - 1);
  const nextStep = clamp(step, 0, lastStepOf(state, nextSlide));
  if (nextSlide === state.slide && nextStep === state.step) return state.typed === '' ? state : { ...state, typed: '' };
  return { ...state, slide: nextSlide, step: nextStep, typed: '', origin, direction };
};

const navigate = (state: DeckState, command: NavCommand): DeckState => {
  const last = state.stepCounts.length - 1;
  switch (command) {
    case 'next':
      return state.step < lastStepOf(state, state.slide)
        ? moveTo(state, state.slide, state.step + 1, 'local', 1)
        : moveTo(state, state.slide + 1, 0, 'local', 1);
    case 'prev':
      // Going back enters the previous slide fully revealed, as it was left.
      return state.step > 0
        ? moveTo(state, state.slide, state.step - 1, 'local', -1)
        : moveTo(state, state.slide - 1, lastStepOf(state, Math.max(0, state.slide - 1)), 'local', -1);
    case 'first':
      return moveTo(state, 0, 0, 'local', -1);
    case 'last':
      return moveTo(state, last, lastStepOf(state, last), 'local', 1);
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
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

export const deckReducer = (state: DeckState, action: DeckAction): DeckState => {
  if (!acceptsAction(state, action)) return state;
  switch (action.type) {
    case 'next':
    case 'prev':
    case 'first':
    case 'last':
      return navigate(state, action.type);
    case 'digit':
      return /^[0-9]$/.test(action.digit) ? { ...state, typed: (state.typed + action.digit).slice(-MAX_TYPED) } : state;
    case 'commit': {
      if (state.typed === '') return state;
      const target = Number(state.typed) - 1;
      return moveTo({ ...state, typed: '' }, target, 0, 'local', target > state.slide ? 1 : -1);
    }
    case 'goto':
      return moveTo(state, action.slide, action.step ?? 0, action.origin ?? 'local', 0);
    case 'sync': {
      const moved = moveTo(state, action.slide, action.step, 'remote', 0);
      return moved.isBlackedOut === action.isBlackedOut ? moved : { ...moved, isBlackedOut: action.isBlackedOut, origin: 'remote' };
    }
    case 'toggle':
      return { ...state, typed: '', overlay: state.overlay === action.overlay ? 'none' : action.overlay };
    case 'close':
      return state.overlay === 'none' ? state : { ...state, overlay: 'none' };
    case 'blackout':
      return { ...state, typed: '', isBlackedOut: !state.isBlackedOut, origin: 'local' };
    default: {
      const unreachable: never = action;
      return unreachable;
    }
  }
};
