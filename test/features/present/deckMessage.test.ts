import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDeckMessage } from '../../../src/features/present/deckMessage';

describe('parseDeckMessage', () => {
  it('accepts the two message kinds, in range', () => {
    expect(parseDeckMessage({ type: 'hello' }, 12)).toEqual({ type: 'hello' });
    expect(parseDeckMessage({ type: 'state', slide: 11, step: 2, isBlackedOut: false }, 12)).toEqual({
      type: 'state',
      slide: 11,
      step: 2,
      isBlackedOut: false,
    });
  });

  it.each([
    null,
    undefined,
    'hello',
    42,
    [],
    { type: 'goto', slide: 1 },
    { type: 'state', slide: 12, step: 0, isBlackedOut: false },
    { type: 'state', slide: -1, step: 0, isBlackedOut: false },
    { type: 'state', slide: 1.5, step: 0, isBlackedOut: false },
    { type: 'state', slide: '1', step: 0, isBlackedOut: false },
    { type: 'state', slide: 1, step: 1e9, isBlackedOut: false },
    { type: 'state', slide: 1, step: 0, isBlackedOut: 'yes' },
    { type: 'state', slide: 1, step: 0 },
  ])('drops %j', (data) => {
    expect(parseDeckMessage(data, 12)).toBeNull();
  });

  it('never throws and only ever returns a valid message', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ type: fc.constantFrom('state', 'hello'), slide: fc.anything(), step: fc.anything(), isBlackedOut: fc.anything() })), (data) => {
        const message = parseDeckMessage(data, 12);
        if (message === null || message.type === 'hello') return true;
        return Number.isInteger(message.slide) && message.slide >= 0 && message.slide < 12 && Number.isInteger(message.step) && message.step >= 0;
      }),
      { numRuns: 1000 },
    );
  });
});
