import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { storySections, storySteps } from '../../../src/content/story';
import type { GraphicState } from '../../../src/content/types';
import { StorySectionBody } from '../../../src/features/story/StorySectionBody';
import { renderWithProviders } from '../../render';

// A stand-in graphic that says which state it draws.
const renderGraphic = (state: GraphicState) => <p>{`scene ${state.scene} ${'focus' in state ? state.focus : ''}`}</p>;
const proposalsSection = storySections.find((section) => section.id === 'proposals')!;

describe('StorySectionBody', () => {
  it('heads the proposals section with its kicker and h2 only, the cards below explaining themselves', () => {
    renderWithProviders(
      <StorySectionBody section={proposalsSection} isFlat={false} activeId={null} renderGraphic={renderGraphic} highlightedSteps={null} />,
    );
    expect(screen.getAllByRole('heading').map((heading) => heading.tagName)).toEqual(['H2']);
    expect(screen.getByRole('heading', { level: 2, name: proposalsSection.heading })).toBeTruthy();
    expect(document.querySelector('.story-section__intro')).toBeNull();
    expect(screen.getAllByRole('listitem')).toHaveLength(storySteps.filter((step) => step.section === 'proposals').length);
  });

  it('shows a complete first frame before the reader reaches the section (the prerendered state)', () => {
    renderWithProviders(
      <StorySectionBody section={proposalsSection} isFlat={false} activeId={null} renderGraphic={renderGraphic} highlightedSteps={null} />,
    );
    expect(screen.getByText('scene map summit')).toBeTruthy();
  });

  it('follows the active step', () => {
    renderWithProviders(
      <StorySectionBody section={proposalsSection} isFlat={false} activeId="proposal-turkey" renderGraphic={renderGraphic} highlightedSteps={null} />,
    );
    expect(screen.getByText('scene map turkey')).toBeTruthy();
  });
});
