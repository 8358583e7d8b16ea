import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { groupCites, groupMark } from '../../src/components/citeGroups';
import { CiteList } from '../../src/components/CiteList';
import { briefingSlides } from '../../src/content/briefing';
import { resolveCites, type ResolvedCite } from '../../src/content/cites';
import { content } from '../../src/content/content';
import { articleCredits } from '../../src/content/sources';
import { troopCaveats } from '../../src/content/troops';
import type { Cite } from '../../src/content/types';

/** A later report, made by hand: none exist yet (issue #14 adds them). */
const later = (id: string, publisher: string): ResolvedCite => ({
  cite: `bg:${id}`,
  kind: 'later',
  publisher,
  title: `${publisher} looks back`,
  date: 'Aug 16, 2021',
  text: `${publisher} looks back (Aug 16, 2021)`,
  anchor: `source-later-${id}`,
});

const markers = () => screen.getAllByRole('button');

describe('CiteList', () => {
  it('is an inline span with no "Sources:" label, so it can end the claim’s paragraph', () => {
    const { container } = render(
      <p>
        A claim.
        <CiteList sources={resolveCites(['p4.1'])} />
      </p>,
    );
    const list = container.querySelector('.cite-list')!;
    expect(list.tagName).toBe('SPAN');
    expect(list.closest('p')).not.toBeNull();
    expect(container.textContent).toBe('A claim.¶4');
    expect(container.textContent).not.toContain('Sources');
  });

  it('shows one ¶ marker per paragraph, whose note holds every cited sentence of it in order', () => {
    render(<CiteList sources={resolveCites(['p2.2', 'p3', 'p2.1', 'p2.2'])} />);
    expect(markers().map((marker) => marker.textContent)).toEqual(['¶2', '¶3']);
    const p2 = screen.getByRole('button', { name: 'Source: RFE/RL paragraph 2' });
    // Two sentences: the marker leads to the whole paragraph.
    expect(p2.getAttribute('href')).toBe('#source-p2');
    fireEvent.mouseEnter(p2.parentElement!);
    const texts = [...screen.getByRole('tooltip').querySelectorAll('.cite__text')].map((text) => text.textContent);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain('seen by Afghanistan');
    expect(texts[1]).toContain('The New York Times also reported');
  });

  it('gathers the background sources in one "Background" marker whose note links each source’s entry', () => {
    render(<CiteList sources={resolveCites(['bg:milt-war-start', 'p4.1', 'bg:abc-taliban-flee-kabul', 'bg:milt-war-start'])} />);
    expect(markers().map((marker) => marker.textContent)).toEqual(['¶4', 'Background']);
    const background = screen.getByRole('button', { name: 'Background sources: Military Times; ABC News' });
    expect(background.getAttribute('href')).toBe('#source-milt-war-start');
    fireEvent.focus(background);
    const note = screen.getByRole('tooltip');
    expect(background.getAttribute('aria-describedby')).toBe(note.id);
    const entries = within(note).getAllByRole('link');
    expect(entries.map((entry) => entry.getAttribute('href'))).toEqual(['#source-milt-war-start', '#source-abc-taliban-flee-kabul']);
    expect(entries[0]!.textContent).toBe('Military Times Bush announced the start of the war in Afghanistan 18 years ago, Oct 7, 2019');
  });

  it('names a single background source in the singular', () => {
    render(<CiteList sources={resolveCites(['bg:milt-war-start'])} />);
    expect(screen.getByRole('button', { name: 'Background source: Military Times' }).textContent).toBe('Background');
  });

  it('marks later reporting with its own word and form, after the article and background markers', () => {
    const sources = [later('a', 'The Guardian'), ...resolveCites(['bg:milt-war-start', 'p5']), later('b', 'BBC News')];
    const { container } = render(<CiteList sources={sources} />);
    expect(markers().map((marker) => marker.textContent)).toEqual(['¶5', 'Background', 'Later']);
    const laterMarker = screen.getByRole('button', { name: 'Later reporting: The Guardian; BBC News' });
    expect(laterMarker.closest('.cite')!.className).toBe('cite cite--later');
    expect([...container.querySelectorAll('.cite')].map((cite) => cite.className)).toEqual(['cite cite--article', 'cite cite--background', 'cite cite--later']);
    fireEvent.mouseEnter(laterMarker.parentElement!);
    expect(within(screen.getByRole('tooltip')).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      '#source-later-a',
      '#source-later-b',
    ]);
  });

  it('renders nothing for no sources', () => {
    const { container } = render(<CiteList sources={[]} />);
    expect(container.innerHTML).toBe('');
  });
});

/** Every `cites` list in the content: each is one block's sources. */
const citeLists = (): (readonly Cite[])[] => {
  const found: (readonly Cite[])[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'cites' && Array.isArray(child)) found.push(child as Cite[]);
      else walk(child);
    }
  };
  walk([content, briefingSlides, articleCredits, troopCaveats]);
  return found;
};

/**
 * Width of a row of markers in px at the markers' 0.78rem bold type: about
 * 8 px a character, 12 px of padding and border, 4 px of space between. Generous
 * on purpose; the e2e tests measure the real thing.
 */
const rowWidth = (marks: readonly string[]): number => marks.reduce((sum, mark) => sum + mark.length * 8 + 12 + 4, 0);

describe('CiteList in every block of the content', () => {
  const lists = citeLists();

  it('shows each source once, and at most one line of markers on a 320 px screen (288 px of text)', () => {
    expect(lists.length).toBeGreaterThan(50);
    for (const cites of lists) {
      const groups = groupCites(resolveCites(cites));
      const keys = groups.flatMap((group) => group.cites.map((cite) => cite.cite));
      expect(new Set(keys).size, cites.join(' ')).toBe(keys.length);
      expect(rowWidth(groups.map(groupMark)), cites.join(' ')).toBeLessThanOrEqual(288);
    }
  });

  it('never shows more than one background marker in a block', () => {
    for (const cites of lists) {
      expect(groupCites(resolveCites(cites)).filter((group) => group.kind === 'background').length).toBeLessThanOrEqual(1);
    }
  });
});
