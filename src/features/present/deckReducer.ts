import { acceptsAction, clamp, lastStepOf, type DeckAction, type DeckState, type MoveOrigin, type NavCommand } from './deckState';

/** Moves between deck states. Pure and total: positions are clamped, never trusted. */

const MAX_TYPED = 3;

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
