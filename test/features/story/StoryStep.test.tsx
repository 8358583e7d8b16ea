import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { storySteps } from '../../../src/content/story';
import { StoryStep } from '../../../src/features/story/StoryStep';
import { renderWithProviders } from '../../render';

// Where the step sits on screen, and when it is active, is checked in Chromium (test/e2e/story.test.ts).
const step = storySteps.find((candidate) => candidate.id === 'letter-confirmed')!;

describe('StoryStep', () => {
  it('ends the claim’s paragraph with its sources, with no row of its own', () => {
    renderWithProviders(
      <ol>
        <StoryStep step={step} isActive={false} isDimmed={false} />
      </ol>,
    );
    const item = screen.getByRole('listitem');
    const paragraph = within(item).getByText(/Ghani’s office confirmed/).closest('p')!;
    expect(within(paragraph).getByRole('button', { name: 'Source: RFE/RL paragraph 3' })).toBeTruthy();
    // Only the claim and the graphic's text alternative: no separate row of sources.
    expect(item.querySelectorAll('.step__card > p')).toHaveLength(2);
    expect(within(item).getByText(step.graphicAlt, { exact: false })).toBeTruthy();
  });

  it('marks itself as the current step while active', () => {
    renderWithProviders(
      <ol>
        <StoryStep step={step} isActive isDimmed={false} />
      </ol>,
    );
    expect(screen.getByRole('listitem').getAttribute('aria-current')).toBe('step');
  });
});
