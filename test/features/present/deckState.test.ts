import { describe, expect, it } from 'vitest';
import { acceptsAction, initDeck } from '../../../src/features/present/deckState';

describe('deckState', () => {
  it('starts on a valid slide even from a bad index or an empty deck', () => {
    expect(initDeck([1, 1], 7).slide).toBe(1);
    expect(initDeck([], 3)).toMatchObject({ slide: 0, step: 0, stepCounts: [1] });
    expect(initDeck([0, -2, NaN]).stepCounts).toEqual([1, 1, 1]);
  });

  it('accepts only the blackout key while blacked out, but always a sync from the other window', () => {
    const dark = { ...initDeck([1, 1]), isBlackedOut: true };
    expect(acceptsAction(dark, { type: 'blackout' })).toBe(true);
    expect(acceptsAction(dark, { type: 'next' })).toBe(false);
    expect(acceptsAction(dark, { type: 'sync', slide: 0, step: 0, isBlackedOut: false })).toBe(true);
  });

  it('lets the overview take slide keys, but not help', () => {
    const overview = { ...initDeck([1, 1]), overlay: 'overview' as const };
    const help = { ...initDeck([1, 1]), overlay: 'help' as const };
    expect(acceptsAction(overview, { type: 'next' })).toBe(true);
    expect(acceptsAction(overview, { type: 'blackout' })).toBe(false);
    expect(acceptsAction(help, { type: 'next' })).toBe(false);
    expect(acceptsAction(help, { type: 'close' })).toBe(true);
  });
});
