// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { hasSearchParam, readHash, readSearchParam, replaceUrl, withSearchParam } from '../../src/lib/url';

describe('url helpers', () => {
  it('read parameters and never throw on malformed encoding', () => {
    expect(readSearchParam('?a=1&a=2', 'a')).toBe('1');
    expect(readSearchParam('?%E0%A4%A=1', 'x')).toBeNull();
    expect(hasSearchParam('?present', 'present')).toBe(true);
    expect(readHash('#%')).toBe('%');
    expect(readHash('#proposal-3')).toBe('proposal-3');
    expect(readHash('#%E0%A4%A')).toBe('%E0%A4%A');
  });

  it('sets and removes one parameter, keeping the others (pym’s among them)', () => {
    expect(withSearchParam('?childId=x&actor=a', 'actor', 'b')).toBe('?childId=x&actor=b');
    expect(withSearchParam('?actor=a', 'actor', null)).toBe('');
  });

  it('replaceUrl reports failure instead of throwing', () => {
    const original = window.history.replaceState;
    window.history.replaceState = () => {
      throw new DOMException('sandboxed', 'SecurityError');
    };
    expect(replaceUrl('/?x=1')).toBe(false);
    window.history.replaceState = original;
    expect(replaceUrl('/?x=1')).toBe(true);
  });
});
