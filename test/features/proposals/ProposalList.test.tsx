import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hindsightLayer } from '../../../src/content/hindsightLayer';
import { proposals } from '../../../src/content/proposals';
import { ProposalList } from '../../../src/features/proposals/ProposalList';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { renderWithProviders, withProviders } from '../../render';

// jsdom has no layout: that the card really comes into view is checked in Chromium (test/e2e/proposals.test.ts).
// Here scrollIntoView is a spy, so the test can tell which card was asked to come into view.
const scrollIntoView = vi.fn();

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  Object.assign(Element.prototype, { scrollIntoView });
  scrollIntoView.mockClear();
});
afterEach(() => {
  Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
  window.history.replaceState(null, '', '/');
});

// Queries go through the card headings: naming every source button in the list is slow in jsdom.
const region = () => screen.getByRole('region', { name: 'The four proposals' });
const cardToggles = () =>
  within(region())
    .getAllByRole('heading', { level: 3 })
    .map((heading) => within(heading).getByRole('button'));
const expandedStates = () => cardToggles().map((button) => button.getAttribute('aria-expanded'));
/** The control above the cards (outside every card). */
const expandAll = () =>
  within(region().querySelector('.proposals__header') as HTMLElement).getByRole('button', {
    name: /^(Expand|Collapse) all$/,
  });

describe('ProposalList', () => {
  it('holds exactly four cards in the letter’s order, all closed, plus one expand-all control', () => {
    renderWithProviders(<ProposalList />);
    const headings = within(region()).getAllByRole('heading', { level: 3 });
    expect(headings).toHaveLength(4);
    const toggles = cardToggles();
    proposals.forEach((proposal, index) => {
      const name = `Proposal ${proposal.number}: ${proposal.title}`;
      expect(within(headings[index]!).getByRole('button', { name })).toBe(toggles[index]);
    });
    expect(region().querySelectorAll('button[aria-expanded]')).toHaveLength(5);
    expect(expandedStates()).toEqual(['false', 'false', 'false', 'false']);
    for (const button of cardToggles()) {
      const panel = document.getElementById(button.getAttribute('aria-controls')!);
      expect(panel?.getAttribute('aria-labelledby')).toBe(button.id);
    }
  });

  it('opens and closes every card with the expand-all control, which says what it will do', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ProposalList />);
    const control = expandAll();
    expect(control.textContent).toBe('Expand all');
    expect(control.getAttribute('aria-expanded')).toBe('false');
    expect(control.getAttribute('aria-controls')?.split(' ')).toEqual(cardToggles().map((b) => b.getAttribute('aria-controls')));

    await user.click(cardToggles()[1]!);
    expect(expandAll().textContent).toBe('Expand all');
    await user.click(control);
    expect(expandedStates()).toEqual(['true', 'true', 'true', 'true']);
    expect(control.textContent).toBe('Collapse all');
    expect(control.getAttribute('aria-expanded')).toBe('true');
    expect(within(region()).getAllByRole('region')).toHaveLength(4);

    await user.click(control);
    expect(expandedStates()).toEqual(['false', 'false', 'false', 'false']);
    await waitFor(() => expect(within(region()).queryAllByRole('region')).toHaveLength(0));
  });

  it('reports the reader’s toggles, for the app to record in the address', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    renderWithProviders(<ProposalList onOpenChange={onOpenChange} />);
    const [first, , third] = cardToggles();
    await user.click(first!);
    await user.click(third!);
    await user.click(first!);
    await user.click(expandAll());
    expect(onOpenChange.mock.calls.map(([open]) => open)).toEqual([[1], [1, 3], [3], [1, 2, 3, 4]]);
  });

  it('opens the card a followed link names, asks it into view and moves focus to its button', async () => {
    renderWithProviders(<ProposalList linkedProposals={[3]} navigation={1} />);
    await waitFor(() => expect(expandedStates()).toEqual(['false', 'false', 'true', 'false']));
    expect(document.activeElement).toBe(cardToggles()[2]);
    // Scrolled by the card itself too: it may come alive midway through the browser's own scroll.
    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'start' });
  });

  it('opens every card a shared link names and brings the first into view', async () => {
    renderWithProviders(<ProposalList linkedProposals={[2, 4]} navigation={1} />);
    await waitFor(() => expect(expandedStates()).toEqual(['false', 'true', 'false', 'true']));
    expect(document.activeElement).toBe(cardToggles()[1]);
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
    expect(scrollIntoView.mock.contexts[0]).toBe(document.getElementById('proposal-2'));
  });

  it('opens the card of the link the page opened with, but never pulls back a reader who has tabbed on', async () => {
    const elsewhere = document.body.appendChild(document.createElement('button'));
    elsewhere.focus();
    renderWithProviders(<ProposalList linkedProposals={[3]} navigation={1} />);
    await waitFor(() => expect(expandedStates()).toEqual(['false', 'false', 'true', 'false']));
    expect(document.activeElement).toBe(elsewhere);
    expect(scrollIntoView).not.toHaveBeenCalled();
    elsewhere.remove();
  });

  it('follows later links, but the reader’s own toggles (no navigation) never reveal again', async () => {
    const user = userEvent.setup();
    const { rerender } = renderWithProviders(<ProposalList linkedProposals={[]} navigation={1} />);
    expect(expandedStates()).toEqual(['false', 'false', 'false', 'false']);
    rerender(withProviders(<ProposalList linkedProposals={[2]} navigation={2} />));
    await waitFor(() => expect(expandedStates()).toEqual(['false', 'true', 'false', 'false']));
    await user.click(cardToggles()[1]!);
    rerender(withProviders(<ProposalList linkedProposals={[]} navigation={2} />));
    expect(expandedStates()).toEqual(['false', 'false', 'false', 'false']);
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
  });

  it('keeps its own state where links are not its own (an embed, a second copy)', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ProposalList idPrefix="embed-proposal-" />);
    expect(expandedStates()).toEqual(['false', 'false', 'false', 'false']);
    await user.click(cardToggles()[0]!);
    expect(expandedStates()).toEqual(['true', 'false', 'false', 'false']);
    expect(cardToggles()[0]!.id).toBe('embed-proposal-1-toggle');
  });

  it('hydrates its prerendered HTML without a mismatch, every card closed, then follows the link it is given', async () => {
    // The build renders the page with no fragment (a server never sees one): every panel closed, its text in the HTML.
    const html = renderToString(withProviders(<ProposalList linkedProposals={[]} navigation={0} />));
    expect(html.match(/<div[^>]*role="region"[^>]*hidden=""/g)).toHaveLength(4);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const recoverable = vi.fn();
    const consoleError = vi.spyOn(console, 'error');
    const root = await act(async () =>
      hydrateRoot(container, withProviders(<ProposalList linkedProposals={[]} navigation={0} />), { onRecoverableError: recoverable }),
    );
    await act(async () => root.render(withProviders(<ProposalList linkedProposals={[2]} navigation={1} />)));
    await waitFor(() => expect(expandedStates()).toEqual(['false', 'true', 'false', 'false']));
    expect(recoverable).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
    act(() => root.unmount());
    container.remove();
  });

  it('adds no heading level inside a story section, and its own h2 on a page of its own', () => {
    const { unmount } = renderWithProviders(<ProposalList />);
    // The section's h2 names the cards: the list itself is named, not headed, and the cards are h3.
    expect(within(region()).queryByRole('heading', { level: 2 })).toBeNull();
    expect(within(region()).queryAllByRole('heading', { level: 4 })).toHaveLength(0);
    unmount();
    renderWithProviders(<ProposalList hasHeading />);
    expect(within(region()).getByRole('heading', { level: 2, name: 'The four proposals' })).toBeTruthy();
    expect(within(region()).getAllByRole('heading', { level: 3 })).toHaveLength(4);
  });

  it('shows only each card’s title and ask until it is opened, and nothing later than March 2021 with hindsight off', () => {
    renderWithProviders(<ProposalList />);
    for (const proposal of proposals) {
      const card = document.getElementById(`proposal-${proposal.number}`)!;
      expect(within(card).getByText(proposal.ask)).toBeTruthy();
      const panel = document.getElementById(`proposal-${proposal.number}-panel`)!;
      expect(panel.hidden).toBe(true);
      expect(panel.textContent).toContain(proposal.whoLabel);
      expect(panel.textContent).toContain(proposal.status);
      expect(within(card).queryByRole('heading', { level: 4 })).toBeNull();
    }
    expect(region().textContent).not.toContain('What became of it');
    expect(region().querySelector('.badge--later, .cite--later')).toBeNull();
  });

  it('adds, with hindsight on, what became of each proposal on the card’s face, marked and cited as later reporting', () => {
    renderWithProviders(<ProposalList hindsight={hindsightLayer} />);
    for (const proposal of proposals) {
      const card = document.getElementById(`proposal-${proposal.number}`)!;
      const fate = hindsightLayer.proposalFates.find((entry) => entry.proposal === proposal.id)!;
      // A heading under the card's own, labelled in words as later reporting, outside the closed details.
      const heading = within(card).getByRole('heading', { level: 4, name: 'What became of it Later' });
      expect(heading.closest('[role="region"]')).toBeNull();
      const text = within(card).getByText(fate.text, { exact: false });
      expect(text.closest('[hidden]')).toBeNull();
      expect(within(text).getByRole('button', { name: /^Later reporting/ })).toBeTruthy();
    }
  });

  it('dims the cards a selection does not involve', () => {
    renderWithProviders(<ProposalList highlightedProposals={new Set(['turkey-meeting'])} />);
    const cards = within(region()).getAllByRole('article');
    expect(cards.map((card) => card.getAttribute('data-dimmed'))).toEqual(['true', 'true', null, 'true']);
  });
});
