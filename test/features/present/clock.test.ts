import { describe, expect, it } from 'vitest';
import { formatClock, formatElapsed } from '../../../src/features/present/clock';

describe('clock', () => {
  it('formats elapsed time as m:ss, then h:mm:ss', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_400)).toBe('1:05');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
    expect(formatElapsed(-5)).toBe('0:00');
    expect(formatElapsed(NaN)).toBe('0:00');
  });

  it('formats the clock as 24-hour HH:MM', () => {
    expect(formatClock(new Date(2021, 2, 7, 9, 5))).toBe('09:05');
    expect(formatClock(new Date(2021, 2, 7, 21, 40))).toBe('21:40');
  });
});
