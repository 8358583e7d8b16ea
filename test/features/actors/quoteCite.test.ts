import { describe, expect, it } from 'vitest';
import { quoteById, resolveCite } from '../../../src/content/cites';
import { quotes } from '../../../src/content/quotes';
import { quoteCite } from '../../../src/features/actors/quoteCite';

describe('quoteCite', () => {
  it('cites a one-sentence paragraph by its id', () => {
    expect(quoteCite(quoteById('continuation')!)).toBe('p11');
  });

  it('cites the sentence a quote starts in', () => {
    expect(quoteCite(quoteById('designees')!)).toBe('p16.2');
    expect(quoteCite(quoteById('unusually-blunt')!)).toBe('p4.1');
    // ¶12 is kept whole because its quotation spans both of its sentences.
    expect(quoteCite(quoteById('no-decisions')!)).toBe('p12');
  });

  it('resolves, for every quote, to a sentence that holds the quote’s opening words', () => {
    for (const quote of quotes) {
      const resolved = resolveCite(quoteCite(quote));
      expect(resolved?.text).toContain(quote.text.split(' ').slice(0, 3).join(' '));
    }
  });
});
