import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { article } from '../../../src/content/article';
import { proposals } from '../../../src/content/proposals';
import { quotes } from '../../../src/content/quotes';
import { ProposalCard } from '../../../src/features/proposals/ProposalCard';
import { renderWithProviders } from '../../render';

// Layout, real animation frames and focus scrolling are checked in Chromium (test/e2e/proposals.test.ts).
const [summit, written, turkey] = proposals;
const quoteText = (id: string) => quotes.find((q) => q.id === id)!.text;
const toggleFor = (title: string) => screen.getByRole('button', { name: new RegExp(title) });

describe('ProposalCard', () => {
  it('puts a button in the heading that controls a region named by it, closed at first', () => {
    renderWithProviders(<ProposalCard proposal={turkey!} headingLevel={4} />);
    const heading = screen.getByRole('heading', { level: 4, name: 'Proposal 3: A senior-level meeting in Turkey' });
    const button = within(heading).getByRole('button');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(panel.hidden).toBe(true);
    expect(panel.getAttribute('role')).toBe('region');
    expect(panel.getAttribute('aria-labelledby')).toBe(button.id);
  });

  it('shows the title and the ask when closed, and keeps who, where, when, status and sources for the details', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ProposalCard proposal={turkey!} />);
    const card = screen.getByRole('article');
    expect(within(card).getByText(turkey!.ask)).toBeTruthy();
    // The rest waits in the closed panel (hidden, but in the page for readers without scripts and for print).
    const closedPanel = within(card).getByText(turkey!.whoLabel).closest<HTMLElement>('[role="region"]')!;
    expect(closedPanel.hidden).toBe(true);
    expect(within(card).queryByRole('button', { name: /^Source:/ })).toBeNull();

    await user.click(toggleFor(turkey!.title));
    const region = screen.getByRole('region');
    for (const [term, value] of [
      ['Who', turkey!.whoLabel],
      ['Where', turkey!.where],
      ['Time frame', turkey!.timeFrame],
    ]) {
      const dt = within(region).getByText(term!, { selector: 'dt' });
      expect(dt.nextElementSibling?.textContent).toContain(value);
    }
    const status = within(region).getByText(turkey!.status, { exact: false });
    expect(status.textContent).toContain(`In the article Status as of the article: ${turkey!.status}, ${turkey!.statusDate.text} Background`);
    // The status is the article's; its date rests on other reports, and is marked so right beside it.
    expect(within(status).getByText('In the article')).toBeTruthy();
    expect(within(status).getByText(turkey!.statusDate.text, { exact: false }).textContent).toBe(`${turkey!.statusDate.text} Background`);
    // The card's sources close that last paragraph.
    expect(within(status).getAllByRole('button', { name: 'Source: RFE/RL paragraph 16' }).length).toBeGreaterThan(0);
  });

  it('opens and closes on click, keyboard Enter and Space, revealing the letter’s own words', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ProposalCard proposal={summit!} />);
    const button = toggleFor(summit!.title);
    expect(screen.queryByRole('region')).toBeNull();

    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const region = await screen.findByRole('region', { name: /A UN-organized regional summit/ });
    expect(region.textContent).toContain(quoteText('unified-approach'));

    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await waitFor(() => expect(screen.queryByRole('region')).toBeNull());

    button.focus();
    await user.keyboard('{Enter}');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    await user.keyboard(' ');
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('cites the quote to the sentence it comes from, with the article paragraph', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ProposalCard proposal={turkey!} />);
    await user.click(toggleFor(turkey!.title));
    const figure = screen.getByRole('figure');
    expect(within(figure).getByText(quoteText('designees'))).toBeTruthy();
    expect(figure.textContent).toContain('Antony Blinken, in the letter, as reported by RFE/RL');
    const source = within(figure).getByRole('button', { name: 'Source: RFE/RL paragraph 16' });
    // The note (and the description pointing at it) exists only while open.
    await user.hover(source);
    const note = document.getElementById(source.getAttribute('aria-describedby')!)!;
    expect(note.textContent).toContain(article.paragraphs[15]!.sentences[1]);
  });

  it('adds who is involved (linked when the page has an actors panel), the time frame, the aim, what is left open and the sources', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ProposalCard proposal={written!} actorHref={(id) => `#actor-${id}`} />);
    await user.click(toggleFor(written!.title));
    const region = screen.getByRole('region');
    expect(within(region).getByRole('link', { name: 'Zalmay Khalilzad' }).getAttribute('href')).toBe('#actor-khalilzad');
    expect(within(region).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(
      written!.who.map((id) => `#actor-${id}`),
    );
    expect(within(region).getByText(written!.timeFrame)).toBeTruthy();
    expect(within(region).getByText(written!.aim)).toBeTruthy();
    for (const question of written!.openQuestions) expect(within(region).getByText(question)).toBeTruthy();
    for (const paragraph of [15, 8, 9, 10]) {
      expect(within(region).getAllByRole('button', { name: `Source: RFE/RL paragraph ${paragraph}` }).length).toBeGreaterThan(0);
    }
    // The status date's source, marked as background.
    expect(within(region).getByRole('button', { name: /^Background sources?: .*Associated Press/ })).toBeTruthy();
  });

  it('shows plain names without an actors panel, and marks other reports as background', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ProposalCard proposal={summit!} />);
    await user.click(toggleFor(summit!.title));
    const region = screen.getByRole('region');
    expect(within(region).queryAllByRole('link')).toHaveLength(0);
    expect(within(region).getByText('United Nations', { exact: false })).toBeTruthy();
    const other = within(region).getByText('What other reports say').closest('div')!;
    expect(within(other).getAllByText('Background').length).toBeGreaterThan(0);
    expect(within(other).getByRole('button', { name: /^Background sources?: The New York Times/ })).toBeTruthy();
  });

  it('follows its parent when controlled: it reports the toggle and waits for the new state', async () => {
    const user = userEvent.setup();
    const handleToggle = vi.fn();
    const { rerender } = renderWithProviders(<ProposalCard proposal={summit!} isExpanded={false} onToggle={handleToggle} />);
    await user.click(toggleFor(summit!.title));
    expect(handleToggle).toHaveBeenCalledWith('un-summit', true);
    expect(toggleFor(summit!.title).getAttribute('aria-expanded')).toBe('false');
    rerender(<ProposalCard proposal={summit!} isExpanded onToggle={handleToggle} />);
    expect(toggleFor(summit!.title).getAttribute('aria-expanded')).toBe('true');
  });

  it('keeps two copies on one page apart through the id prefix', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <>
        <ProposalCard proposal={summit!} />
        <ProposalCard proposal={summit!} idPrefix="slide-proposal-" />
      </>,
    );
    const ids = Array.from(document.querySelectorAll('[id]'), (element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    const [first, second] = screen.getAllByRole('button', { name: /A UN-organized regional summit/ });
    await user.click(second!);
    expect(first!.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('region').getAttribute('aria-labelledby')).toBe(second!.id);
  });

  it('marks itself dimmed when a selection leaves it out', () => {
    renderWithProviders(<ProposalCard proposal={summit!} isDimmed />);
    expect(screen.getByRole('article').getAttribute('data-dimmed')).toBe('true');
  });
});
