import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFromPartner, parseDeckMessage, type DeckLink } from '../../../src/features/present/deckMessage';

const PAIR = 'deck-1234';
const OTHER = 'deck-5678';
const state = { type: 'state', from: 'deck', pair: PAIR, slide: 1, step: 0, isBlackedOut: false };

describe('parseDeckMessage', () => {
  it('accepts the two message kinds, in range, with their pair and role', () => {
    expect(parseDeckMessage({ type: 'hello', from: 'notes', pair: PAIR }, 12)).toEqual({ type: 'hello', from: 'notes', pair: PAIR });
    expect(parseDeckMessage({ type: 'state', from: 'deck', pair: PAIR, slide: 11, step: 2, isBlackedOut: false }, 12)).toEqual({
      type: 'state',
      from: 'deck',
      pair: PAIR,
      slide: 11,
      step: 2,
      isBlackedOut: false,
    });
  });

  it('keeps only the fields it knows', () => {
    expect(parseDeckMessage({ ...state, extra: '<script>' }, 12)).toEqual(state);
  });

  it.each([
    null,
    undefined,
    'hello',
    42,
    [],
    { type: 'goto', from: 'deck', pair: PAIR, slide: 1 },
    { ...state, slide: 12 },
    { ...state, slide: -1 },
    { ...state, slide: 1.5 },
    { ...state, slide: '1' },
    { ...state, step: 1e9 },
    { ...state, isBlackedOut: 'yes' },
    { type: 'state', from: 'deck', pair: PAIR, slide: 1, step: 0 },
  ])('drops %j', (data) => {
    expect(parseDeckMessage(data, 12)).toBeNull();
  });

  it.each([
    ['no pair (a v1 window)', { type: 'hello', from: 'notes' }],
    ['no pair (a v1 state)', { type: 'state', slide: 1, step: 0, isBlackedOut: false }],
    ['an empty pair', { ...state, pair: '' }],
    ['a short pair', { ...state, pair: 'abc' }],
    ['a long pair', { ...state, pair: 'a'.repeat(65) }],
    ['capitals', { ...state, pair: 'DECK-1234' }],
    ['markup', { ...state, pair: '<img src=x>' }],
    ['a number', { ...state, pair: 12345678 }],
    ['an array', { ...state, pair: [PAIR] }],
    ['no role', { type: 'hello', pair: PAIR }],
    ['an unknown role', { ...state, from: 'audience' }],
  ])('drops a message with %s', (_, data) => {
    expect(parseDeckMessage(data, 12)).toBeNull();
  });

  it('never throws and only ever returns a valid message', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            type: fc.constantFrom('state', 'hello'),
            from: fc.oneof(fc.constantFrom('deck', 'notes'), fc.anything()),
            pair: fc.oneof(fc.constantFrom(PAIR, OTHER), fc.string(), fc.anything()),
            slide: fc.anything(),
            step: fc.anything(),
            isBlackedOut: fc.anything(),
          }),
        ),
        (data) => {
          const message = parseDeckMessage(data, 12);
          if (message === null) return true;
          if (!/^[a-z0-9-]{8,64}$/.test(message.pair) || (message.from !== 'deck' && message.from !== 'notes')) return false;
          if (message.type === 'hello') return true;
          return Number.isInteger(message.slide) && message.slide >= 0 && message.slide < 12 && Number.isInteger(message.step) && message.step >= 0;
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('isFromPartner', () => {
  const deck: DeckLink = { role: 'deck', pair: PAIR };
  const notes: DeckLink = { role: 'notes', pair: PAIR };

  it('hears only the other window of the same pair', () => {
    expect(isFromPartner({ type: 'hello', from: 'notes', pair: PAIR }, deck)).toBe(true);
    expect(isFromPartner({ type: 'hello', from: 'deck', pair: PAIR }, notes)).toBe(true);
  });

  it.each([
    ['another pair’s notes, by a deck', { type: 'hello', from: 'notes', pair: OTHER } as const, deck],
    ['another deck, by a deck', { type: 'hello', from: 'deck', pair: OTHER } as const, deck],
    ['a deck with the same id, by a deck', { type: 'hello', from: 'deck', pair: PAIR } as const, deck],
    ['another deck, by a notes window', { type: 'hello', from: 'deck', pair: OTHER } as const, notes],
    ['a notes window, by a notes window', { type: 'hello', from: 'notes', pair: PAIR } as const, notes],
  ])('ignores %s', (_, message, link) => {
    expect(isFromPartner(message, link)).toBe(false);
  });
});
