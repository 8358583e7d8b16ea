import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EmbedPage } from '../../src/app/EmbedPage';
import { EMBED_PARTS, type EmbedPart } from '../../src/app/mode';
import { storySteps } from '../../src/content/story';

const regionsFor: Record<EmbedPart, readonly string[]> = {
  story: ['Key points', 'Timeline', 'The four proposals', 'Who’s who'],
  keypoints: ['Key points'],
  map: ['Places on the map, and why'],
  timeline: ['Timeline'],
  proposals: ['The four proposals'],
  actors: ['Who’s who'],
};

describe('EmbedPage', () => {
  it.each(EMBED_PARTS)('%s: renders that part alone, with no page chrome', (part) => {
    const { container } = render(<EmbedPage part={part} />);
    expect(container.querySelector('.skip-link, .site-header, .site-footer')).toBeNull();
    const main = screen.getByRole('main');
    for (const region of regionsFor[part]) expect(within(main).getByRole('region', { name: region })).toBeTruthy();
    for (const other of ['Key points', 'Places on the map, and why', 'Timeline', 'The four proposals', 'Who’s who'].filter((name) => !regionsFor[part].includes(name))) {
      expect(within(main).queryByRole('region', { name: other })).toBeNull();
    }
    expect(screen.getByRole('link', { name: /Open the full explainer/ })).toBeTruthy();
  });

  it('story: the whole piece, flattened, with every step’s graphic in place and nothing sticky', () => {
    const { container } = render(<EmbedPage part="story" />);
    expect(container.querySelectorAll('h1')).toHaveLength(1);
    expect(container.querySelector('.scrolly, .scrolly__graphic')).toBeNull();
    expect(container.querySelectorAll('.flat-steps .step__graphic')).toHaveLength(storySteps.length);
    expect(container.querySelector('#sources')).not.toBeNull();
  });

  it('timeline: the events and the troop chart, its heading one level up', () => {
    render(<EmbedPage part="timeline" />);
    expect(screen.getByRole('figure', { name: 'U.S. troops in Afghanistan' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Timeline' })).toBeTruthy();
  });
});
