import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
  });
});
