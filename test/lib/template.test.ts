import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/lib/template';

describe('fillTemplate', () => {
  it('fills known placeholders and leaves others as written', () => {
    expect(fillTemplate('{days} days to {what}', { days: 55 })).toBe('55 days to {what}');
    expect(fillTemplate('{constructor}', {})).toBe('{constructor}');
    expect(fillTemplate('{n} of {total}', { n: 3, total: 12 })).toBe('3 of 12');
  });
});
