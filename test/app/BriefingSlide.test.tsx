import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BriefingSlide } from '../../src/app/BriefingSlide';
import { briefingSlides } from '../../src/content/briefing';
import { proposals } from '../../src/content/proposals';
import { renderWithProviders } from '../render';

// The deck's proposal slides, composed by the app from the proposals feature's card.
// That the card fits the 16:9 canvas at 20 px or more is measured in Chromium (test/e2e/present.test.ts).
const proposalSlides = briefingSlides.filter((slide) => slide.kind === 'proposal');

describe('BriefingSlide: the proposal slides', () => {
  it('has one per proposal', () => {
    expect(proposalSlides.map((slide) => slide.proposal)).toEqual(proposals.map((p) => p.id));
  });

  it.each(proposalSlides.map((slide) => [slide.id, slide] as const))('%s shows the proposal’s aim, its ask and the letter’s words, with no toggle', (_, slide) => {
    const proposal = proposals.find((p) => p.id === slide.proposal)!;
    renderWithProviders(<BriefingSlide slide={slide} step={0} />);
    const card = screen.getByRole('article');
    expect(within(card).getByRole('heading', { level: 2, name: `Proposal ${proposal.number}: ${proposal.title}` })).toBeTruthy();
    const aim = within(card)
      .getAllByRole('term')
      .find((term) => term.textContent === 'What it is meant to do');
    expect(aim?.nextElementSibling?.textContent).toBe(proposal.aim);
    expect(within(card).getByText(proposal.ask)).toBeTruthy();
    expect(within(card).getAllByRole('term').map((term) => term.textContent)).toContain('The letter’s words, as reported');
    expect(within(card).queryByRole('button', { expanded: false })).toBeNull();
  });
});
