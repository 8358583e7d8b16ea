import { describe, expect, it } from 'vitest';
import { deckReducer } from '../../../src/features/present/deckReducer';
import { initDeck, type DeckAction, type DeckState } from '../../../src/features/present/deckState';

// Three slides: the middle one reveals three steps.
const start = (slide = 0) => initDeck([1, 3, 1], slide);
const run = (state: DeckState, ...actions: DeckAction[]) => actions.reduce(deckReducer, state);
const at = (state: DeckState) => [state.slide, state.step];

describe('deckReducer', () => {
  it('steps through a slide’s reveals before moving on, and stops at the end', () => {
    const state = start();
    const positions = [1, 2, 3, 4, 5].map((count) => at(run(state, ...Array<DeckAction>(count).fill({ type: 'next' }))));
    expect(positions).toEqual([[1, 0], [1, 1], [1, 2], [2, 0], [2, 0]]);
  });

  it('goes back into the previous slide fully revealed, and stops at the start', () => {
    const end = run(start(), { type: 'last' });
    expect(at(end)).toEqual([2, 0]);
    expect(at(run(end, { type: 'prev' }))).toEqual([1, 2]);
    expect(at(run(end, { type: 'prev' }, { type: 'prev' }, { type: 'prev' }, { type: 'prev' }, { type: 'prev' }))).toEqual([0, 0]);
  });

  it('Home and End reach the ends; End shows the last slide fully revealed', () => {
    expect(at(run(start(), { type: 'last' }))).toEqual([2, 0]);
    expect(at(run(initDeck([1, 4]), { type: 'last' }))).toEqual([1, 3]);
    expect(at(run(start(2), { type: 'first' }))).toEqual([0, 0]);
  });

  it('jumps to a typed 1-based number on commit, clamped to the deck', () => {
    expect(at(run(start(), { type: 'digit', digit: '3' }, { type: 'commit' }))).toEqual([2, 0]);
    expect(at(run(start(), { type: 'digit', digit: '9' }, { type: 'digit', digit: '9' }, { type: 'commit' }))).toEqual([2, 0]);
    expect(at(run(start(2), { type: 'digit', digit: '0' }, { type: 'commit' }))).toEqual([0, 0]);
    expect(run(start(), { type: 'digit', digit: 'x' }).typed).toBe('');
    expect(run(start(), { type: 'digit', digit: '1' }, { type: 'digit', digit: '2' }, { type: 'digit', digit: '3' }, { type: 'digit', digit: '4' }).typed).toBe('234');
    expect(run(start(), { type: 'commit' })).toEqual(start());
  });

  it('clamps goto and sync to valid slides and steps, whatever the numbers', () => {
    for (const slide of [-1, 99, Infinity, -Infinity, NaN, 1.7]) {
      const state = run(start(), { type: 'goto', slide, step: 99 });
      expect(state.slide).toBeGreaterThanOrEqual(0);
      expect(state.slide).toBeLessThan(3);
      expect(state.step).toBeLessThan(state.stepCounts[state.slide]!);
    }
    expect(at(run(start(), { type: 'goto', slide: 1, step: 99 }))).toEqual([1, 2]);
  });

  it('marks local moves and remote syncs, so the channel never echoes a sync', () => {
    expect(run(start(), { type: 'next' }).origin).toBe('local');
    const synced = run(start(), { type: 'sync', slide: 1, step: 1, isBlackedOut: true });
    expect([synced.origin, ...at(synced), synced.isBlackedOut]).toEqual(['remote', 1, 1, true]);
    expect(run(synced, { type: 'sync', slide: 1, step: 1, isBlackedOut: true })).toBe(synced);
  });

  it('while blacked out only the blackout key acts', () => {
    const dark = run(start(), { type: 'blackout' });
    expect(dark.isBlackedOut).toBe(true);
    expect(run(dark, { type: 'next' }, { type: 'toggle', overlay: 'overview' }, { type: 'last' })).toBe(dark);
    expect(run(dark, { type: 'blackout' }).isBlackedOut).toBe(false);
  });

  it('opens one panel at a time; slide keys wait behind help but move the overview selection', () => {
    const help = run(start(), { type: 'toggle', overlay: 'help' });
    expect(help.overlay).toBe('help');
    expect(run(help, { type: 'next' })).toBe(help);
    expect(run(help, { type: 'toggle', overlay: 'help' }).overlay).toBe('none');
    const overview = run(start(), { type: 'toggle', overlay: 'overview' }, { type: 'next' }, { type: 'next' });
    expect([overview.overlay, ...at(overview)]).toEqual(['overview', 1, 1]);
    expect(run(overview, { type: 'blackout' })).toBe(overview);
    expect(run(overview, { type: 'close' }).overlay).toBe('none');
  });
});
