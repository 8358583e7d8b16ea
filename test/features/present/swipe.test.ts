import { describe, expect, it } from 'vitest';
import { swipeCommand } from '../../../src/features/present/swipe';

describe('swipeCommand', () => {
  it('turns forward on a left swipe and back on a right swipe', () => {
    expect(swipeCommand({ x: 300, y: 200 }, { x: 180, y: 210 })).toBe('next');
    expect(swipeCommand({ x: 100, y: 200 }, { x: 260, y: 180 })).toBe('prev');
  });

  it('ignores taps, short drags, vertical drags and broken input', () => {
    expect(swipeCommand({ x: 100, y: 100 }, { x: 102, y: 101 })).toBeNull();
    expect(swipeCommand({ x: 100, y: 100 }, { x: 140, y: 100 })).toBeNull();
    expect(swipeCommand({ x: 100, y: 100 }, { x: 40, y: 260 })).toBeNull();
    expect(swipeCommand({ x: NaN, y: 0 }, { x: 0, y: 0 })).toBeNull();
  });
});
