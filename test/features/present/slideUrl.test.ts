import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleSearch, notesSearch, parseSlideParam, slideSearch } from '../../../src/features/present/slideUrl';

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

  it('names the notes window and the way back to the article', () => {
    expect(notesSearch('?present&slide=3', 6)).toBe('?present&slide=7&view=notes');
    expect(articleSearch('?theme=dark&present&slide=3&view=notes')).toBe('?theme=dark');
    expect(articleSearch('?present&slide=2')).toBe('');
  });
});
