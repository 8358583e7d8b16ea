import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sourceTargetId } from '../../../src/components/Cite';
import { article } from '../../../src/content/article';
import { briefingSlides } from '../../../src/content/briefing';
import { quoteCite, resolveCite, sourceAnchor } from '../../../src/content/cites';
import { content } from '../../../src/content/content';
import { ui } from '../../../src/content/site';
import { articleCredits, sources } from '../../../src/content/sources';
import { troopCaveats } from '../../../src/content/troops';
import type { Cite } from '../../../src/content/types';
import { SourcesList } from '../../../src/features/sources/SourcesList';

/** Every `cites` list anywhere in the content, plus the sentence each quote is cited to. */
const allCites = (): Cite[] => {
  const found = new Set<Cite>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'cites' && Array.isArray(child)) child.forEach((cite: Cite) => found.add(cite));
      else walk(child);
    }
  };
  walk([content, briefingSlides, articleCredits, troopCaveats]);
  content.quotes.forEach((quote) => {
    const cite = quoteCite(quote);
    if (cite !== null) found.add(cite);
  });
  return [...found];
};

const occurrences = (text: string, part: string): number => text.split(part).length - 1;

describe('SourcesList', () => {
  it('holds the full article once, one list item per paragraph, numbered as cited', () => {
    const { container } = render(<SourcesList />);
    const list = screen.getByRole('list', { name: ui.sourcesArticleTextHeading });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(article.paragraphs.length);
    article.paragraphs.forEach((paragraph, index) => {
      const text = paragraph.sentences.join(' ');
      expect(items[index]!.id).toBe(`source-${paragraph.id}`);
      expect(items[index]!.textContent).toBe(text);
      expect(occurrences(container.textContent ?? '', text)).toBe(1);
    });
    expect(screen.getByRole('heading', { level: 4, name: ui.sourcesArticleTextHeading })).toBeTruthy();
    expect(document.getElementById('source-credit')!.textContent).toBe(article.creditLine);
  });

  it('gives every sentence of a multi-sentence paragraph its own id, and ids are unique', () => {
    const { container } = render(<SourcesList />);
    for (const paragraph of article.paragraphs) {
      if (paragraph.sentences.length === 1) continue;
      paragraph.sentences.forEach((sentence, index) => {
        expect(document.getElementById(`source-${paragraph.id}-${index + 1}`)!.textContent).toBe(sentence);
      });
    }
    const ids = [...container.querySelectorAll('[id]')].map((element) => element.id);
    expect(ids.length).toBeGreaterThan(article.paragraphs.length + sources.length);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists every background source under the id its citations use', () => {
    render(<SourcesList />);
    for (const source of sources) {
      const entry = document.getElementById(sourceAnchor(source.id))!;
      expect(entry.tagName).toBe('LI');
      expect(entry.textContent).toContain(source.title);
    }
  });

  it('has a target for every citation in the content, holding the cited text', () => {
    render(<SourcesList />);
    const cites = allCites();
    expect(cites.length).toBeGreaterThan(50);
    const missing = cites.filter((cite) => {
      const resolved = resolveCite(cite);
      return resolved === null || !document.getElementById(sourceTargetId(resolved))?.textContent?.includes(resolved.text);
    });
    expect(missing).toEqual([]);
  });
});
