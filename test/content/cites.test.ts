import { describe, expect, it } from 'vitest';
import { quoteCite, resolveCite, sourceAnchor } from '../../src/content/cites';
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

describe('resolveCite', () => {
  it('gives a background source its publisher, title and date apart, and the text its popover and entry show', () => {
    expect(resolveCite('bg:milt-war-start')).toEqual({
      cite: 'bg:milt-war-start',
      kind: 'background',
      publisher: 'Military Times',
      title: 'Bush announced the start of the war in Afghanistan 18 years ago',
      date: 'Oct 7, 2019',
      text: 'Bush announced the start of the war in Afghanistan 18 years ago (Oct 7, 2019)',
      anchor: 'source-milt-war-start',
    });
    expect(resolveCite('bg:wiki-khalilzad')).toMatchObject({ title: 'Zalmay Khalilzad', text: 'Zalmay Khalilzad' });
    expect(resolveCite('bg:wiki-khalilzad')).not.toHaveProperty('date');
  });

  it('resolves an article sentence to its paragraph number, and unknown cites to null', () => {
    expect(resolveCite('p4.2')).toMatchObject({ kind: 'article', publisher: 'RFE/RL', paragraph: 4 });
    expect(resolveCite('credit')).toMatchObject({ kind: 'article', publisher: 'RFE/RL' });
    expect(resolveCite('credit')).not.toHaveProperty('paragraph');
    expect(resolveCite('bg:nope')).toBeNull();
    expect(resolveCite('p99')).toBeNull();
  });
});

describe('sourceAnchor', () => {
  it('gives background and later sources distinct anchors, and article cites the article’s', () => {
    expect(sourceAnchor('bg:ap-2500')).toBe('source-ap-2500');
    expect(sourceAnchor('later:ap-2500')).toBe('source-later-ap-2500');
    expect(sourceAnchor('p4.2')).toBe('source-article');
  });
});
