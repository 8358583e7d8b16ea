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

  it('reuses the features: the proposal card, the story graphics and quotes with their speakers', async () => {
    const user = userEvent.setup();
    renderDeck();
    await user.keyboard('5{Enter}');
    const group = slideGroup();
    expect(within(group).getByRole('article')).toBeTruthy();
    expect(within(group).getByText('to discuss a unified approach to supporting peace in Afghanistan.').tagName).toBe('Q');
    await user.keyboard('4{Enter}');
    expect(slideGroup().querySelector('svg.scene--troops')).not.toBeNull();
    await user.keyboard('{ArrowRight}');
    expect(slideGroup().querySelector('svg.scene--countdown')).not.toBeNull();
  });

  it('shows the speaker notes window for view=notes', () => {
    renderWithProviders(<PresentView view="notes" onExit={() => undefined} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Speaker notes' })).toBeTruthy();
  });
});
