import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { storySections } from '../../../src/content/story';
import { ui } from '../../../src/content/site';
import { ContentsBar } from '../../../src/features/contents/ContentsBar';

const entries = storySections.map((section) => ({ id: section.id, label: section.kicker }));

describe('ContentsBar', () => {
  it('is a navigation landmark named Contents, linking every section in order', () => {
    render(<ContentsBar entries={entries} onNavigate={vi.fn()} />);
    const nav = screen.getByRole('navigation', { name: ui.contentsLabel });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(storySections.map((section) => `#${section.id}`));
    expect(links.map((link) => link.textContent)).toEqual(storySections.map((section) => section.kicker));
    // Above the first section nothing is current.
    expect(nav.querySelector('[aria-current]')).toBeNull();
  });

  it('folds behind one button that opens and closes the list (Escape too), and reports a followed link', () => {
    const onNavigate = vi.fn();
    render(<ContentsBar entries={entries} onNavigate={onNavigate} />);
    const toggle = screen.getByRole('button', { name: ui.contentsLabel });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)?.tagName).toBe('OL');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(screen.getByRole('link', { name: 'The letter' }), { key: 'Escape' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
    fireEvent.click(toggle);
    fireEvent.click(screen.getByRole('link', { name: 'The letter' }));
    expect(onNavigate).toHaveBeenCalledWith('proposals');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });
});
