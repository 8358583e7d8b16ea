import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sourceTargetId } from '../../../src/components/Cite';
import { article } from '../../../src/content/article';
import { briefingSlides } from '../../../src/content/briefing';
import { quoteCite, resolveCite, sourceAnchor } from '../../../src/content/cites';
import { content } from '../../../src/content/content';
import { glossary, sectionsUsingTerm } from '../../../src/content/glossary';
import { ui } from '../../../src/content/site';
import { hindsightLayer, sourcesCitedInSection } from '../../../src/content/hindsightLayer';
import { laterSources } from '../../../src/content/laterSources';
import { articleCredits, sourceGroups, sources } from '../../../src/content/sources';
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
  // jsdom lays nothing out, so it has no scrollIntoView.
  const scrollIntoView = vi.fn();
  beforeEach(() => {
    Element.prototype.scrollIntoView = scrollIntoView;
  });
  afterEach(() => {
    scrollIntoView.mockClear();
    window.location.hash = '';
  });

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
    expect(document.getElementById('source-credit')!.textContent).toBe(article.creditLine);
  });

  it('folds the article text in a closed <details>, and keeps the credit line in view', () => {
    render(<SourcesList />);
    const list = screen.getByRole('list', { name: ui.sourcesArticleTextHeading });
    const details = list.closest('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe(ui.sourcesArticleTextHeading);
    expect(document.getElementById('source-credit')!.closest('details')).toBeNull();
  });

  it('opens the article text when the address names a paragraph or sentence in it, on load and on hash change', () => {
    window.location.hash = '#source-p4-2';
    render(<SourcesList />);
    const details = document.querySelector('details')!;
    expect(details.open).toBe(true);
    // Opened by script: the browser found nothing to scroll to, so the script scrolls.
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
    expect(scrollIntoView.mock.contexts[0]).toBe(document.getElementById('source-p4-2'));
    details.open = false;
    act(() => {
      window.location.hash = '#source-p16';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(details.open).toBe(true);
    details.open = false;
    act(() => {
      window.location.hash = '#source-milt-war-start';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(details.open).toBe(false);
  });

  it('uses one heading level below the section’s, and keeps later reporting out of the story as of March 2021', () => {
    const { container } = render(<SourcesList />);
    const levels = [...container.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => heading.tagName);
    expect(new Set(levels)).toEqual(new Set(['H3']));
    expect(laterSources.length).toBeGreaterThan(0);
    expect(screen.queryByRole('heading', { name: ui.sourcesLaterHeading })).toBeNull();
    expect(container.textContent).not.toContain(laterSources[0]!.title);
  });

  it('has a folded Glossary: every term once, with its definition, its sources and links back to the sections that use it', () => {
    render(<SourcesList />);
    const section = screen.getByRole('heading', { level: 3, name: ui.glossaryHeading }).closest('section')!;
    expect(section.querySelector('details')!.open).toBe(false);
    expect(within(section).getAllByRole('term')).toHaveLength(glossary.length);
    glossary.forEach((entry) => {
      const item = document.getElementById(`glossary-${entry.id}`)!;
      expect(within(item).getByRole('term').textContent).toBe(entry.term);
      entry.definition.forEach((sentence) => expect(item.textContent).toContain(sentence.text));
      expect(within(item).getAllByRole('button', { name: /background/i }).length).toBeGreaterThan(0);
      const backLinks = within(item).getAllByRole('link').filter((link) => !link.closest('.cite'));
      expect(backLinks.map((link) => link.getAttribute('href'))).toEqual(sectionsUsingTerm(entry.id).map((id) => `#${id}`));
      expect(backLinks.length).toBeGreaterThan(0);
    });
    expect(sectionsUsingTerm('taliban')).toEqual(['news', 'war', 'proposals', 'stakes']);
  });

  it('lists later reporting in its own group, folded, each source once', () => {
    render(<SourcesList laterSources={laterSources} />);
    const group = screen.getByRole('heading', { name: ui.sourcesLaterHeading }).closest('section')!;
    expect(within(group).getAllByRole('listitem')).toHaveLength(laterSources.length);
    const folded = within(group).getByText(`The ${laterSources.length} reports, published after March 7, 2021`).closest('details')!;
    expect(folded.open).toBe(false);
  });

  it('lists, with the switch off, exactly the reports "What happened next" cites', () => {
    const cited = sourcesCitedInSection(hindsightLayer);
    const inSection = new Set(
      hindsightLayer.steps.flatMap((step) => [
        ...step.events.flatMap((id) => hindsightLayer.events.find((event) => event.id === id)!.cites),
        ...(step.showsProposalFates ? hindsightLayer.proposalFates.flatMap((fate) => fate.cites) : []),
        ...(step.showsDeadlineFate ? hindsightLayer.deadlineFate.cites : []),
      ]),
    );
    expect(cited.map((source) => source.id).sort()).toEqual([...inSection].sort());
    expect(cited.length).toBeLessThan(laterSources.length);
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

  it('lists every background source once, under the id its citations use, with publisher, title and date', () => {
    const { container } = render(<SourcesList />);
    const entries = [...container.querySelectorAll('.sources__background li')];
    expect(entries).toHaveLength(sources.length);
    for (const source of sources) {
      const entry = document.getElementById(sourceAnchor(source.id))!;
      expect(entry.tagName).toBe('LI');
      const dated = 'date' in source ? ` (${source.date})` : '';
      expect(entry.textContent).toBe(`${source.publisher} · ${source.title}${dated}`);
      expect(entries.filter((other) => other.textContent === entry.textContent)).toHaveLength(1);
    }
  });

  it('groups the background sources: every source in exactly one group, in list order', () => {
    render(<SourcesList />);
    expect(sourceGroups.flatMap((group) => group.sources.map((source) => source.id))).toEqual(sources.map((source) => source.id));
    for (const group of sourceGroups) {
      expect(group.sources.length).toBeGreaterThan(0);
      const list = screen.getByRole('list', { name: group.label });
      expect(within(list).getAllByRole('listitem').map((item) => item.id)).toEqual(group.sources.map((source) => sourceAnchor(source.id)));
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
