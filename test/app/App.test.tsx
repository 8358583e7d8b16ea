import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';

describe('App in article mode', () => {
  it('has one h1, a main landmark, a skip link to it, and the parts in reading order', () => {
    render(<App mode={{ kind: 'article', theme: null }} />);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const main = screen.getByRole('main');
    expect(screen.getByRole('link', { name: 'Skip to the story' }).getAttribute('href')).toBe(`#${main.id}`);
    const regions = ['Timeline', 'U.S. troops in Afghanistan', 'The four proposals', 'Who’s who'];
    const positions = regions.map((name) => {
      const region = screen.getByRole(name === 'U.S. troops in Afghanistan' ? 'figure' : 'region', { name });
      return Array.from(main.querySelectorAll('*')).indexOf(region);
    });
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(screen.getByRole('heading', { name: 'Sources', level: 2 })).toBeTruthy();
    // Role queries over the whole page (the timeline alone is ~850 nodes) are slow in jsdom on a busy machine.
  }, 20_000);
});
