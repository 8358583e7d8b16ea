import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RichText } from '../../src/components/RichText';
import { glossary, glossaryEntry } from '../../src/content/glossary';

const DOHA = glossaryEntry('doha-agreement')!;
const term = () => screen.getByRole('button', { name: 'the 2020 agreement' });
const renderTerm = () =>
  render(
    <p>
      <RichText
        inlines={[
          { kind: 'text', text: 'Under ' },
          { kind: 'term', term: 'doha-agreement', text: 'the 2020 agreement' },
          { kind: 'text', text: ', U.S. forces are due to leave by May 1.' },
        ]}
      />
    </p>,
  );

describe('GlossaryTerm', () => {
  it('has at least eight terms, each defined in one or two cited sentences', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(8);
    glossary.forEach((entry) => entry.definition.forEach((sentence) => expect(sentence.cites.length).toBeGreaterThan(0)));
  });

  it('keeps the story’s words and links to the Glossary entry, with the definition closed', () => {
    const { container } = renderTerm();
    expect(container.textContent).toBe('Under the 2020 agreement, U.S. forces are due to leave by May 1.');
    expect(term().getAttribute('href')).toBe('#glossary-doha-agreement');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('opens the definition on focus, with a visible source marker, and closes it on Escape', async () => {
    const user = userEvent.setup();
    renderTerm();
    await user.tab();
    expect(term()).toBe(document.activeElement);
    const tooltip = screen.getByRole('tooltip');
    expect(term().getAttribute('aria-describedby')).toBe(tooltip.id);
    // The definitions load with the first term opened.
    await waitFor(() => expect(tooltip.textContent).toContain(DOHA.definition[0]!.text));
    expect(within(tooltip).getAllByRole('button', { name: /background/i }).length).toBeGreaterThan(0);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(term()).toBe(document.activeElement);
  });

  it('opens on click (a tap) without following the link, and closes on Escape', async () => {
    const user = userEvent.setup();
    renderTerm();
    await user.click(term());
    await waitFor(() => expect(screen.getByRole('tooltip').textContent).toContain(DOHA.definition[1]!.text));
    expect(window.location.hash).toBe('');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('opens on hover', async () => {
    renderTerm();
    fireEvent.mouseEnter(term().closest('.term')!);
    await waitFor(() => expect(screen.getByRole('tooltip').textContent).toContain(DOHA.term));
  });
});
