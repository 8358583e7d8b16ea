import { describe, expect, it } from 'vitest';
import source from '../fixtures/article.json';
import { article } from '../../src/content/article';

// test/fixtures/article.json is a verbatim copy of ../shared/source/article.json.
describe('article', () => {
  it('holds p1..p21 word for word, split into sentences that rejoin exactly', () => {
    expect(article.paragraphs.map((p) => p.id)).toEqual(source.paragraphs.map((p) => p.id));
    article.paragraphs.forEach((paragraph, index) => {
      expect(paragraph.sentences.join(' ')).toBe(source.paragraphs[index]?.text);
    });
  });

  it('keeps the headline, caption and credit line as printed', () => {
    expect(article.headline).toBe(source.headline);
    expect(article.photoCaption).toBe(source.photoCaption);
    expect(article.creditLine).toBe(source.credit);
  });
});
