import { describe, expect, it } from 'vitest';
import { actorById } from '../../../src/content/cites';
import { involvementOf } from '../../../src/features/actors/involvement';
import { countOf, describeSelection, selectionMessage } from '../../../src/features/actors/selectionMessage';

describe('selection message', () => {
  it('says what is highlighted, counts derived from the content', () => {
    const found = involvementOf('khalilzad');
    expect(describeSelection('khalilzad')).toBe(
      `Khalilzad: 1 proposal, ${found.events.length} events, ${found.steps.length} story steps`,
    );
    expect(describeSelection('khalilzad')).toMatch(/^Khalilzad: 1 proposal, 4 events/);
  });

  it('uses the singular only for exactly one', () => {
    expect(countOf(0, ['event', 'events'])).toBe('0 events');
    expect(countOf(1, ['event', 'events'])).toBe('1 event');
    expect(countOf(2, ['story step', 'story steps'])).toBe('2 story steps');
  });

  it('says nothing for no selection or an unknown id (no empty state that reads as an error)', () => {
    expect(describeSelection(null)).toBe('');
    expect(describeSelection('nobody')).toBe('');
  });

  it('counts zeros for an actor no proposal names', () => {
    const ap = actorById('ap')!;
    expect(selectionMessage(ap, involvementOf('ap'))).toBe('AP: 0 proposals, 0 events, 0 story steps');
  });
});
