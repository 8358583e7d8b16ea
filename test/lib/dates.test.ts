import { describe, expect, it } from 'vitest';
import { daysBetween, formatDate, precisionOf } from '../../src/lib/dates';
import { formatCount } from '../../src/lib/numbers';

describe('dates', () => {
  it('formats at the date’s own precision', () => {
    expect(formatDate('2021-03-07')).toBe('March 7, 2021');
    expect(formatDate('2011-06', 'month')).toBe('June 2011');
    expect(formatDate('2010', 'year')).toBe('2010');
    expect(formatDate('2010')).toBe('2010');
  });

  it('counts 55 days from the letter’s publication to the deadline', () => {
    expect(daysBetween('2021-03-07', '2021-05-01')).toBe(55);
  });

  it('infers precision from the string', () => {
    expect(['2010', '2010-06', '2010-06-01'].map(precisionOf)).toEqual(['year', 'month', 'day']);
  });

  it('formats counts with thousands separators', () => {
    expect([0, 2500, 101000].map(formatCount)).toEqual(['0', '2,500', '101,000']);
  });
});
