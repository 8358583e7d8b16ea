// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { nextRovingIndex } from '../../../src/features/timeline/rovingIndex';

describe('nextRovingIndex', () => {
  it('moves with Left/Right on either axis and stops at the ends', () => {
    expect(nextRovingIndex('ArrowRight', 0, 5, 'horizontal')).toBe(1);
    expect(nextRovingIndex('ArrowLeft', 3, 5, 'vertical')).toBe(2);
    expect(nextRovingIndex('ArrowRight', 4, 5, 'horizontal')).toBe(4);
    expect(nextRovingIndex('ArrowLeft', 0, 5, 'horizontal')).toBe(0);
  });

  it('moves with Up/Down only when the axis is vertical', () => {
    expect(nextRovingIndex('ArrowDown', 1, 5, 'vertical')).toBe(2);
    expect(nextRovingIndex('ArrowUp', 1, 5, 'vertical')).toBe(0);
    expect(nextRovingIndex('ArrowDown', 1, 5, 'horizontal')).toBeNull();
    expect(nextRovingIndex('ArrowUp', 1, 5, 'horizontal')).toBeNull();
  });

  it('jumps to the ends with Home and End, and ignores other keys and empty groups', () => {
    expect(nextRovingIndex('Home', 3, 5, 'horizontal')).toBe(0);
    expect(nextRovingIndex('End', 0, 5, 'vertical')).toBe(4);
    expect(nextRovingIndex('Enter', 0, 5, 'horizontal')).toBeNull();
    expect(nextRovingIndex('a', 0, 5, 'horizontal')).toBeNull();
    expect(nextRovingIndex('ArrowRight', 0, 0, 'horizontal')).toBeNull();
  });
});
