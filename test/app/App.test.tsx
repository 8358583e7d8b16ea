import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';

const waitLong = { timeout: 20_000 };

describe('App in article mode', () => {
  it('has one h1, a main landmark, a skip link to it, and the parts in reading order', async () => {
    render(<App mode={{ kind: 'article', theme: null }} />);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const main = screen.getByRole('main');
    expect(screen.getByRole('link', { name: 'Skip to the story' }).getAttribute('href')).toBe(`#${main.id}`);
    // Parts arrive as their code loads (eagerly here: nothing was prerendered).
    const parts = [
      await screen.findByRole('region', { name: 'Timeline' }, waitLong),
      await screen.findByRole('figure', { name: 'U.S. troops in Afghanistan' }, waitLong),
      await screen.findByRole('region', { name: 'The four proposals' }, waitLong),
      await screen.findByRole('region', { name: 'Who’s who' }, waitLong),
    ];
    const order = Array.from(main.querySelectorAll('*'));
    const positions = parts.map((part) => order.indexOf(part));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(await screen.findByRole('heading', { name: 'Sources', level: 2 }, waitLong)).toBeTruthy();
  });
});
