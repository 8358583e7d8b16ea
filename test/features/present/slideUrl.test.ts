import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleSearch, notesSearch, parsePairParam, parseSlideParam, slideSearch } from '../../../src/features/present/slideUrl';

const TOTAL = 12;

describe('parseSlideParam', () => {
  it.each([
    ['?present&slide=5', 4],
    ['?present&slide=1', 0],
    ['?present&slide=12', 11],
    ['?present&slide=13', 11],
    ['?present&slide=999999', 11],
    ['?present&slide=1e309', 11],
    ['?present&slide=-1e309', 0],
    ['?present&slide=0', 0],
    ['?present&slide=-3', 0],
    ['?present&slide=2.9', 1],
    ['?present&slide=%205%20', 4],
    ['?present&slide=3&slide=9', 2],
  ])('%s → slide index %i', (search, index) => {
    expect(parseSlideParam(search, TOTAL)).toBe(index);
  });

  it.each(['?present', '?present&slide=', '?present&slide=abc', '?slide=%', '?slide=%E0%A4%A', '?slide=%3Cscript%3E', '?slide=0x10', '?slide=NaN', '?slide=Infinity', `?slide=${'9'.repeat(50)}`])(
    '%s → none (the deck starts at slide 1)',
    (search) => {
      expect(parseSlideParam(search, TOTAL)).toBeNull();
    },
  );

  it('any string parses to a valid slide or to none, and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.webQueryParameters(), fc.string().map((s) => `?slide=${s}`)), fc.integer({ min: 1, max: 500 }), (search, total) => {
        const index = parseSlideParam(search, total);
        return index === null || (Number.isInteger(index) && index >= 0 && index < total);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back every slide it writes, whatever else the URL holds', () => {
    fc.assert(
      fc.property(fc.webQueryParameters().map((q) => (q === '' ? '' : `?${q}`)), fc.integer({ min: 1, max: 300 }), fc.nat(), (search, total, seed) => {
        const index = seed % total;
        return parseSlideParam(slideSearch(search, index), total) === index;
      }),
    );
  });

  it('is idempotent: parse, write, parse gives the same slide', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }).map((s) => `?slide=${encodeURIComponent(s)}`), (search) => {
        const first = parseSlideParam(search, TOTAL) ?? 0;
        return parseSlideParam(slideSearch(search, first), TOTAL) === first;
      }),
    );
  });

  it('rejects a deck with no slides instead of inventing one', () => {
    expect(parseSlideParam('?slide=1', 0)).toBeNull();
  });
});

describe('slide URLs', () => {
  it('writes ?present&slide=N (1-based), keeping other parameters', () => {
    expect(slideSearch('?present', 4)).toBe('?present&slide=5');
    expect(slideSearch('', 0)).toBe('?present&slide=1');
    expect(slideSearch('?theme=dark&present&slide=2', 2)).toBe('?theme=dark&present&slide=3');
  });

  it('names the notes window, paired with its deck, and the way back to the article', () => {
    expect(notesSearch('?present&slide=3', 6, 'deck-1234')).toBe('?present&slide=7&view=notes&pair=deck-1234');
    expect(notesSearch('?present&slide=3&pair=someone-else', 0, 'deck-1234')).toBe('?present&slide=1&pair=deck-1234&view=notes');
    expect(articleSearch('?theme=dark&present&slide=3&view=notes&pair=deck-1234')).toBe('?theme=dark');
    expect(articleSearch('?present&slide=2')).toBe('');
  });

  it('keeps the hindsight flag, bare, in the deck, the notes window and the way back to the article', () => {
    expect(slideSearch('?present&hindsight', 15)).toBe('?present&hindsight&slide=16');
    expect(slideSearch('?hindsight&present&slide=2', 0)).toBe('?hindsight&present&slide=1');
    expect(notesSearch('?present&hindsight&slide=3', 16, 'deck-1234')).toBe('?present&hindsight&slide=17&view=notes&pair=deck-1234');
    expect(articleSearch('?present&hindsight&slide=16&view=notes&pair=deck-1234')).toBe('?hindsight');
    expect(slideSearch('?present', 3)).not.toContain('hindsight');
  });

  it('keeps the pairing when the notes window moves', () => {
    expect(slideSearch('?present&slide=7&view=notes&pair=deck-1234', 8)).toBe('?present&slide=9&view=notes&pair=deck-1234');
  });
});

describe('parsePairParam', () => {
  it.each([
    ['?present&view=notes&pair=0f4c2a9e-5b1d-4c3e-9a7f-2d8e6b1c4a05', '0f4c2a9e-5b1d-4c3e-9a7f-2d8e6b1c4a05'],
    ['?pair=abcdefgh', 'abcdefgh'],
    [`?pair=${'a'.repeat(64)}`, 'a'.repeat(64)],
    ['?pair=deck-1234&pair=other-5678', 'deck-1234'],
  ])('%s → %s', (search, pair) => {
    expect(parsePairParam(search)).toBe(pair);
  });

  it.each([
    '?present&view=notes',
    '?pair=',
    '?pair=abc1234',
    `?pair=${'a'.repeat(65)}`,
    '?pair=DECK-1234',
    '?pair=deck_1234',
    '?pair=deck%201234',
    '?pair=%3Cscript%3E12345678',
    '?pair=%E0%A4%A',
    '?pair=deck-1234%0A',
    '?pair=__proto__x',
  ])('%s → none (the window is not paired)', (search) => {
    expect(parsePairParam(search)).toBeNull();
  });

  it('never throws, and returns only a well-formed id', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.webQueryParameters(), fc.string({ unit: 'binary' }).map((s) => `?pair=${s}`)), (search) => {
        const pair = parsePairParam(search);
        return pair === null || /^[a-z0-9-]{8,64}$/.test(pair);
      }),
      { numRuns: 1000 },
    );
  });
});
