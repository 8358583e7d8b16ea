// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { eventAnchor, eventIdFromHash } from '../../../src/features/timeline/eventHash';

const known = new Set(['doha-agreement', 'may-1-deadline']);

describe('eventIdFromHash', () => {
  it('reads #event-<id> for a known event, with or without the #, percent-encoded or not', () => {
    expect(eventIdFromHash('#event-doha-agreement', known)).toBe('doha-agreement');
    expect(eventIdFromHash('event-may-1-deadline', known)).toBe('may-1-deadline');
    expect(eventIdFromHash('#event-doha%2Dagreement', known)).toBe('doha-agreement');
    expect(eventIdFromHash(`#${eventAnchor('doha-agreement')}`, known)).toBe('doha-agreement');
  });

  it.each([
    '',
    '#',
    '#main',
    '#event-',
    '#event-unknown',
    '#event-__proto__',
    '#event-constructor',
    '#%',
    '#%E0%A4%A',
    '#<script>alert(1)</script>',
    '#event-doha-agreement<script>',
    '#EVENT-doha-agreement',
    `#event-${'a'.repeat(10_000)}`,
    `#event-doha-agreement${' '.repeat(300)}`,
    '#event-1e309',
  ])('ignores %j', (hash) => {
    expect(eventIdFromHash(hash, known)).toBeNull();
  });
});
