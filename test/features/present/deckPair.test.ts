// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deckPairId, isPairId, newPairId } from '../../../src/features/present/deckPair';

const WELL_FORMED = /^[a-z0-9-]{8,64}$/;

beforeEach(() => {
  window.sessionStorage.clear();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('isPairId', () => {
  it.each(['deck-1234', 'a'.repeat(64), '0f4c2a9e-5b1d-4c3e-9a7f-2d8e6b1c4a05'])('accepts %s', (id) => {
    expect(isPairId(id)).toBe(true);
  });

  it.each(['', 'abc', 'a'.repeat(65), 'DECK-1234', 'deck_1234', 'deck 1234', 'deck-1234\n', null, undefined, 12345678, ['deck-1234'], { pair: 'deck-1234' }])(
    'rejects %j',
    (value) => {
      expect(isPairId(value)).toBe(false);
    },
  );
});

describe('newPairId', () => {
  it('is well formed and fresh each time, with randomUUID', () => {
    const ids = new Set(Array.from({ length: 50 }, newPairId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(WELL_FORMED);
  });

  it('falls back to getRandomValues where randomUUID is missing (plain http)', () => {
    const getRandomValues = <T extends ArrayBufferView>(array: T): T => array;
    vi.stubGlobal('crypto', { getRandomValues: vi.fn(getRandomValues) });
    expect(newPairId()).toBe('0'.repeat(32));
  });

  it('falls back to Math.random without crypto, or when it throws', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    vi.stubGlobal('crypto', undefined);
    expect(newPairId()).toBe('8'.repeat(32));
    vi.stubGlobal('crypto', {
      randomUUID: () => {
        throw new Error('stubbed out');
      },
    });
    expect(newPairId()).toBe('8'.repeat(32));
  });
});

describe('deckPairId', () => {
  it('is the same for the whole tab session (a reload keeps it), and fresh in a new session', () => {
    const first = deckPairId();
    expect(first).toMatch(WELL_FORMED);
    expect(deckPairId()).toBe(first);
    window.sessionStorage.clear();
    expect(deckPairId()).not.toBe(first);
  });

  it('replaces a stored id that is not well formed', () => {
    window.sessionStorage.setItem('explainer:deck-pair', '<script>');
    const id = deckPairId();
    expect(id).toMatch(WELL_FORMED);
    expect(deckPairId()).toBe(id);
  });

  it('still gives an id when storage is switched off', () => {
    vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(deckPairId()).toMatch(WELL_FORMED);
    expect(deckPairId()).not.toBe(deckPairId());
  });
});
