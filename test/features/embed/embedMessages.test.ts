import { describe, expect, it } from 'vitest';
import {
  formatPymMessage,
  heightMessages,
  parsePymMessage,
  parsePymWidth,
  readChildId,
  readWpSecret,
} from '../../../src/features/embed/embedMessages';

describe('readChildId', () => {
  it.each([
    ['?embed=timeline&initialWidth=700&childId=pym-0-ab12c&parentTitle=News&parentUrl=https%3A%2F%2Fcms.test%2F', 'pym-0-ab12c'],
    ['?childId=explainer&childId=second', 'explainer'],
    ['?childId=a%20b', 'a b'],
    // Malformed escapes are kept literally by URLSearchParams; the id is only ever echoed back as text.
    ['?childId=%', '%'],
  ])('%s → %s', (search, expected) => {
    expect(readChildId(search)).toBe(expected);
  });

  it.each(['', '?embed=story', '?childId=', `?childId=${'x'.repeat(129)}`, '?childId=axPYMxb', '?%E0%A4%A'])(
    'ignores %j',
    (search) => {
      expect(readChildId(search)).toBeNull();
    },
  );

  it.each(['?childId=%E0%A4%A', '?childId=<script>', `?childId=${'9'.repeat(400)}`, '?childId=__proto__'])(
    'never throws on %j',
    (search) => {
      expect(() => readChildId(search)).not.toThrow();
    },
  );
});

describe('readWpSecret', () => {
  it.each([
    ['#?secret=abcdEFGH12', 'abcdEFGH12'],
    ['#?secret=abcdefghij&other=1', 'abcdefghij'],
    ['#secret=abcdefghij', 'abcdefghij'],
  ])('%s → %s', (hash, expected) => {
    expect(readWpSecret(hash)).toBe(expected);
  });

  it.each(['', '#?secret=short', '#?secret=abcdefghijk', '#?secret=abc<def>gh', '#?mysecret=abcdefghij', '#%E0%A4%A'])(
    'ignores %j',
    (hash) => {
      expect(readWpSecret(hash)).toBeNull();
    },
  );
});

describe('pym messages', () => {
  it('formats the wire string pym expects', () => {
    expect(formatPymMessage('pym-0-ab12c', 'height', '1834')).toBe('pymxPYMxpym-0-ab12cxPYMxheightxPYMx1834');
  });

  it('parses messages for its own id only', () => {
    expect(parsePymMessage('pymxPYMxexxPYMxwidthxPYMx700', 'ex')).toEqual({ type: 'width', payload: '700' });
    expect(parsePymMessage('pymxPYMxotherxPYMxwidthxPYMx700', 'ex')).toBeNull();
    expect(parsePymMessage('pymxPYMxex2xPYMxwidthxPYMx700', 'ex')).toBeNull();
    expect(parsePymMessage('xpymxPYMxexxPYMxwidthxPYMx700', 'ex')).toBeNull();
  });

  it('treats the id literally, not as a pattern', () => {
    expect(parsePymMessage('pymxPYMxaZbxPYMxwidthxPYMx700', 'a.b')).toBeNull();
    expect(parsePymMessage('pymxPYMxa.bxPYMxwidthxPYMx700', 'a.b')).toEqual({ type: 'width', payload: '700' });
  });

  it.each([{}, 42, null, undefined, ['pymxPYMxexxPYMxwidthxPYMx700'], { data: 'pymxPYMxexxPYMxwidthxPYMx700' }])(
    'ignores the non-string %j',
    (data) => {
      expect(parsePymMessage(data, 'ex')).toBeNull();
    },
  );

  it.each([
    ['700', 700],
    ['0', 0],
    ['99999', 99999],
  ])('reads the width %s', (payload, expected) => {
    expect(parsePymWidth(payload)).toBe(expected);
  });

  it.each(['1e9', '-1', 'abc', '', '100000', '7.5', ' 700', '700px', 'Infinity', 'NaN'])('rejects the width %j', (payload) => {
    expect(parsePymWidth(payload)).toBeNull();
  });
});

describe('heightMessages', () => {
  it('always sends AMP, pym only with a child id, WordPress only with a secret', () => {
    expect(heightMessages(900, { childId: null, secret: null })).toEqual([{ sentinel: 'amp', type: 'embed-size', height: 900 }]);
    expect(heightMessages(900, { childId: 'ex', secret: 'abcdefghij' })).toEqual([
      'pymxPYMxexxPYMxheightxPYMx900',
      { sentinel: 'amp', type: 'embed-size', height: 900 },
      { secret: 'abcdefghij', message: 'height', value: 900 },
    ]);
  });
});
