import { describe, expect, it } from 'vitest';
import { quoteCite, resolveCite } from '../../src/content/cites';
import { quotes } from '../../src/content/quotes';
import type { Quote } from '../../src/content/types';

const quote = (id: string) => quotes.find((q) => q.id === id)!;

describe('quoteCite', () => {
  it('cites a one-sentence paragraph bare, and otherwise the sentence that holds the quote', () => {
    expect(quoteCite(quote('unified-approach'))).toBe('p14');
    expect(quoteCite(quote('designees'))).toBe('p16.2');
    expect(quoteCite(quote('no-comment'))).toBe('p10');
    expect(quoteCite(quote('unusually-blunt'))).toBe('p4.1');
    expect(quoteCite(quote('no-decisions'))).toBe('p12');
  });

  it('cites a quote that runs across sentences to the sentence it starts in', () => {
    const spanning: Quote = { id: 'x', text: 'to finalize a peace agreement. Blinken urged Ghani', paragraph: 'p16', speaker: 'blinken' };
    expect(quoteCite(spanning)).toBe('p16.1');
  });

  it('gives every shipped quote a cite that resolves to the sentence containing its opening words', () => {
    for (const q of quotes) {
      const cite = quoteCite(q);
      expect(cite, q.id).not.toBeNull();
      const opening = q.text.split(/(?<=[.!?])\s/)[0]!;
      expect(resolveCite(cite!)?.text, q.id).toContain(opening);
    }
  });

  it('returns null for a quote that is not in its paragraph', () => {
    const made: Quote = { id: 'x', text: 'not in the article', paragraph: 'p16', speaker: 'blinken' };
    expect(quoteCite(made)).toBeNull();
    expect(quoteCite({ ...made, paragraph: 'p99' })).toBeNull();
  });
});
