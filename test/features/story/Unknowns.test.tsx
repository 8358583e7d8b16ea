import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hindsightLayer } from '../../../src/content/hindsightLayer';
import { unknowns } from '../../../src/content/story';
import { Unknowns } from '../../../src/features/story/Unknowns';
import { renderWithProviders } from '../../render';

describe('Unknowns', () => {
  it('lists every open question as a heading one level below the section’s', () => {
    renderWithProviders(<Unknowns />);
    const questions = screen.getAllByRole('heading');
    expect(questions.map((heading) => heading.tagName)).toEqual(unknowns.map(() => 'H3'));
    expect(questions.map((heading) => heading.textContent)).toEqual(unknowns.map((unknown) => unknown.question));
  });

  it('ends each answer with its sources, inline', () => {
    renderWithProviders(<Unknowns />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(unknowns.length);
    const ghani = items[unknowns.findIndex((unknown) => unknown.id === 'ghani-response')]!;
    const answer = within(ghani).getByText(/His office confirmed/).closest('p')!;
    expect(within(answer).getByRole('button', { name: 'Source: RFE/RL paragraph 3' })).toBeTruthy();
    // Hindsight off: the questions as of March 2021, no answer from later reporting.
    expect(screen.queryByText('With hindsight')).toBeNull();
    expect(document.querySelector('.badge--later, .cite--later')).toBeNull();
  });

  it('answers every question with hindsight on, each answer labelled and cited as later reporting', () => {
    renderWithProviders(<Unknowns hindsight={hindsightLayer} />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(6);
    for (const [index, unknown] of unknowns.entries()) {
      const answer = hindsightLayer.unknownAnswers.find((entry) => entry.unknown === unknown.id)!;
      const paragraph = within(items[index]!).getByText(answer.text, { exact: false });
      expect(paragraph.textContent, unknown.id).toMatch(/^With hindsight Later /);
      expect(within(paragraph).getByRole('button', { name: /^Later reporting/ }), unknown.id).toBeTruthy();
    }
  });
});
