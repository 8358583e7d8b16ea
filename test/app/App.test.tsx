import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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

describe('App in present mode', () => {
  it('opens the deck for ?present, with one h1 and focus on the slides', async () => {
    window.history.replaceState(null, '', '/?present&slide=2');
    render(<App mode={{ kind: 'present', view: 'deck', theme: null }} />);
    // The deck is a lazily loaded chunk.
    const region = await screen.findByRole('region', { name: 'Briefing slides' }, { timeout: 15_000 });
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('group', { name: /^2 of \d+$/ })).toBeTruthy();
    expect(document.activeElement).toBe(region);
  });

  it('switches from the article to the deck and back, returning focus to the Present link', async () => {
    window.history.replaceState(null, '', '/?theme=dark');
    const user = userEvent.setup();
    render(<App mode={{ kind: 'article', theme: 'dark' }} />);
    const link = screen.getByRole('link', { name: 'Present this explainer as slides' });
    expect(link.getAttribute('href')).toBe('?present');
    await user.click(link);
    expect(await screen.findByRole('region', { name: 'Briefing slides' }, { timeout: 15_000 })).toBe(document.activeElement);
    expect(window.location.search).toBe('?theme=dark&present&slide=1');
    await user.click(screen.getByRole('button', { name: 'Exit presentation' }));
    expect(screen.getByRole('main')).toBeTruthy();
    expect(window.location.search).toBe('?theme=dark');
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Present this explainer as slides' }));
  });
});
