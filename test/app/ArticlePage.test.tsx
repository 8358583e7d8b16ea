import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ArticlePage } from '../../src/app/ArticlePage';
import { storySections } from '../../src/content/story';

// The page rendered in one tree (as the dev server and the fallback do): every island is simply its content.
describe('ArticlePage', () => {
  it('has one h1, a main landmark, a skip link to it, and the parts in reading order', () => {
    render(<ArticlePage />);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const main = screen.getByRole('main');
    expect(screen.getByRole('link', { name: 'Skip to the story' }).getAttribute('href')).toBe(`#${main.id}`);
    const parts = [
      within(main).getByRole('region', { name: 'Timeline' }),
      within(main).getByText('The troop figures as a table').closest('details')!,
      within(main).getByRole('region', { name: 'The four proposals' }),
      within(main).getByRole('region', { name: 'Who’s who' }),
    ];
    const order = Array.from(main.querySelectorAll('*'));
    const positions = parts.map((part) => order.indexOf(part));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('gives every section a landmark named by its heading, and marks each interactive part as an island', () => {
    const { container } = render(<ArticlePage />);
    for (const section of storySections) {
      const landmark = container.querySelector(`section#${section.id}`)!;
      expect(document.getElementById(landmark.getAttribute('aria-labelledby')!)?.textContent).toBe(section.heading);
      expect(landmark.querySelector('[data-island="section"]')).not.toBeNull();
    }
    const islands = Array.from(container.querySelectorAll<HTMLElement>('[data-island]'), (island) => island.dataset.island);
    expect(islands).toEqual(expect.arrayContaining(['header', 'section', 'timeline', 'troops', 'proposals', 'actors', 'unknowns', 'sources']));
    for (const island of container.querySelectorAll<HTMLElement>('[data-island]')) expect(() => JSON.parse(island.dataset.props!)).not.toThrow();
  });
});
