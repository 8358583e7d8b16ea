import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { PresentView } from '../../src/app/PresentView';
import { briefingSlides } from '../../src/content/briefing';
import { slideTitle } from '../../src/features/present/slideModel';
import { renderWithProviders } from '../render';

// The real slides, composed from the features. Legibility (20 px) and fit are measured in Chromium.
beforeEach(() => {
  window.history.replaceState(null, '', '/?present');
});

const renderDeck = () => renderWithProviders(<PresentView view="deck" onExit={() => undefined} />);
const slideGroup = () => screen.getByRole('group', { name: new RegExp(`of ${briefingSlides.length}$`) });

describe('PresentView', () => {
  it('draws every slide from the content, each with its heading and provenance', () => {
    renderDeck();
    for (const [index, slide] of briefingSlides.entries()) {
      // Type the slide's number, then Enter.
      for (const key of [...String(index + 1), 'Enter']) fireEvent.keyDown(document.body, { key });
      const group = slideGroup();
      expect(group.getAttribute('aria-label')).toBe(`${index + 1} of ${briefingSlides.length}`);
      expect(within(group).getByRole('heading', { level: 2 }).textContent).toContain(slideTitle(slide));
      const badges = [...group.querySelectorAll('.badge')].map((badge) => badge.textContent);
      if (slide.kind !== 'sources') expect(badges.filter((text) => text === 'In the article' || text === 'Background').length).toBeGreaterThan(0);
    }
  });

  it('reuses the features: the relations diagram, the story graphics and quotes with their speakers', async () => {
    const user = userEvent.setup();
    const at = (id: string) => String(briefingSlides.findIndex((slide) => slide.id === id) + 1);
    renderDeck();
    await user.keyboard(`${at('proposal-1')}{Enter}`);
    expect(within(slideGroup()).getByText('to discuss a unified approach to supporting peace in Afghanistan.').tagName).toBe('Q');
    await user.keyboard(`${at('deadline')}{Enter}`);
    expect(slideGroup().querySelector('svg.scene--troops')).not.toBeNull();
    await user.keyboard('{ArrowRight}');
    expect(slideGroup().querySelector('svg.scene--countdown')).not.toBeNull();
    await user.keyboard(`${at('whos-who')}{Enter}`);
    const figure = within(slideGroup()).getByRole('figure', { name: 'Who asks what of whom' });
    expect(figure.querySelector('svg.relations__diagram')).not.toBeNull();
  });

  it('puts nothing to click on a slide: no button, no disclosure, no "Not stated" filler', () => {
    renderDeck();
    for (const index of briefingSlides.keys()) {
      for (const key of [...String(index + 1), 'Enter']) fireEvent.keyDown(document.body, { key });
      const group = slideGroup();
      expect(within(group).queryAllByRole('button')).toEqual([]);
      expect(group.querySelectorAll('button, [aria-expanded], summary, details')).toHaveLength(0);
      expect(group.textContent).not.toContain('Not stated');
    }
  });

  it('shows the speaker notes window for view=notes', () => {
    renderWithProviders(<PresentView view="notes" onExit={() => undefined} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Speaker notes' })).toBeTruthy();
  });
});
