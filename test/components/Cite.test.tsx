import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { Cite, sourceTargetId } from '../../src/components/Cite';
import { CiteList } from '../../src/components/CiteList';
import { resolveCite, resolveCites } from '../../src/content/cites';
import type { Cite as CiteId } from '../../src/content/types';
import { SourcesList } from '../../src/features/sources/SourcesList';

const p3 = resolveCite('p3')!;
const P3_TEXT = 'Dawa Khan Minhapal confirmed';
const marker = (name = 'Source: RFE/RL paragraph 3') => screen.getByRole('button', { name });
const host = (name?: string) => marker(name).closest('.cite') as HTMLElement;

describe('Cite', () => {
  it('names the publisher and paragraph, and puts nothing of the sentence in the page until it opens', () => {
    const { container } = render(<Cite source={p3} />);
    expect(marker().getAttribute('aria-describedby')).toBeNull();
    expect(screen.queryByRole('tooltip', { hidden: true })).toBeNull();
    expect(container.textContent).not.toContain(P3_TEXT);
    expect(container.querySelector('.cite__popover, .cite__text')).toBeNull();
  });

  it('describes itself with the cited sentence while open', () => {
    render(<Cite source={p3} />);
    fireEvent.focus(marker());
    const tooltip = screen.getByRole('tooltip');
    expect(marker().getAttribute('aria-describedby')).toBe(tooltip.id);
    expect(tooltip.textContent).toContain(P3_TEXT);
    expect(screen.getByRole('button', { description: /Dawa Khan Minhapal/ })).toBe(marker());
  });

  it('reveals the sentence on hover and removes it when the pointer leaves', () => {
    render(<Cite source={p3} />);
    fireEvent.mouseEnter(host());
    expect(screen.getByRole('tooltip').textContent).toContain('declined to give details');
    fireEvent.mouseLeave(host());
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(document.body.textContent).not.toContain(P3_TEXT);
  });

  it('reveals on keyboard focus and hides on Escape; Enter and Space then toggle it', async () => {
    const user = userEvent.setup();
    render(<Cite source={p3} />);
    await user.tab();
    expect(marker()).toBe(document.activeElement);
    expect(screen.getByRole('tooltip').textContent).toContain(P3_TEXT);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('tooltip')).toBeTruthy();
    await user.keyboard(' ');
    expect(screen.queryByRole('tooltip')).toBeNull();
    await user.keyboard(' ');
    expect(screen.getByRole('tooltip')).toBeTruthy();
    expect(window.location.hash).toBe('');
  });

  it('stays open after a tap until focus moves away, and a tap does not follow the link', async () => {
    const user = userEvent.setup();
    render(
      <>
        <Cite source={p3} />
        <button type="button">elsewhere</button>
      </>,
    );
    await user.click(marker());
    await user.unhover(marker());
    expect(screen.getByRole('tooltip').textContent).toContain(P3_TEXT);
    expect(window.location.hash).toBe('');
    await user.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('closes on a second tap, though the first tap also focused the marker', async () => {
    const user = userEvent.setup();
    render(<Cite source={p3} />);
    await user.click(marker());
    await user.unhover(marker());
    expect(screen.getByRole('tooltip')).toBeTruthy();
    await user.click(marker());
    await user.unhover(marker());
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(marker()).toBe(document.activeElement);
  });

  it('cancels the click’s navigation, which only pages without scripts follow', () => {
    render(<Cite source={p3} />);
    // fireEvent returns false when a handler called preventDefault.
    expect(fireEvent.click(marker())).toBe(false);
    expect(screen.getByRole('tooltip')).toBeTruthy();
    expect(fireEvent.click(marker())).toBe(false);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('shows at most one sentence of a multi-sentence paragraph', () => {
    render(<Cite source={resolveCite('p2.2')!} />);
    fireEvent.mouseEnter(host('Source: RFE/RL paragraph 2'));
    const text = screen.getByRole('tooltip').textContent ?? '';
    expect(text).toContain('The New York Times also reported');
    expect(text).not.toContain('seen by Afghanistan');
  });

  it('leaves a note shown by focus out of the tab order: Tab goes on to the next marker', async () => {
    const user = userEvent.setup();
    render(
      <>
        <Cite source={resolveCite('bg:milt-war-start')!} />
        <Cite source={resolveCite('p4.2')!} />
      </>,
    );
    await user.tab();
    expect(screen.getByRole('tooltip')).toBeTruthy();
    await user.tab();
    expect(marker('Source: RFE/RL paragraph 4')).toBe(document.activeElement);
  });

  it('once opened with Enter, Tab moves into the note’s links; Escape there hands focus back to the marker', async () => {
    const user = userEvent.setup();
    render(<Cite source={resolveCite('bg:milt-war-start')!} />);
    const background = marker('Background source: Military Times');
    await user.tab();
    expect(background).toBe(document.activeElement);
    await user.keyboard('{Enter}');
    await user.tab();
    const entry = within(screen.getByRole('tooltip')).getByRole('link', { name: /Military Times/ });
    expect(entry).toBe(document.activeElement);
    expect(entry.getAttribute('href')).toBe('#source-milt-war-start');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(background).toBe(document.activeElement);
  });

  it('opens the folded article text when a link in the note leads into it', () => {
    render(
      <>
        <Cite source={resolveCite('p4.2')!} />
        <SourcesList />
      </>,
    );
    const details = document.getElementById('source-p4-2')!.closest('details')!;
    expect(details.open).toBe(false);
    fireEvent.click(marker('Source: RFE/RL paragraph 4'));
    const more = within(screen.getByRole('tooltip')).getByRole('link');
    expect(more.getAttribute('href')).toBe('#source-p4-2');
    Element.prototype.scrollIntoView = vi.fn();
    fireEvent.click(more);
    expect(details.open).toBe(true);
    window.location.hash = '';
  });

  it('hydrates its server HTML without a mismatch; the HTML holds no note', async () => {
    const sources = resolveCites(['p3', 'p2.2', 'bg:milt-war-start', 'credit']);
    const html = renderToString(<CiteList sources={sources} />);
    expect(html).not.toContain('cite__popover');
    for (const source of sources) expect(html).not.toContain(source.text.slice(0, 30));
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const recoverable = vi.fn();
    const consoleError = vi.spyOn(console, 'error');
    const root = await act(async () => hydrateRoot(container, <CiteList sources={sources} />, { onRecoverableError: recoverable }));
    expect(recoverable).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    expect(container.innerHTML).toBe(html);
    // Live after hydration: hovering opens the note.
    fireEvent.mouseEnter(within(container).getByRole('button', { name: 'Source: RFE/RL paragraph 3' }).parentElement!);
    expect(within(container).getByRole('tooltip').textContent).toContain(P3_TEXT);
    consoleError.mockRestore();
    act(() => root.unmount());
    container.remove();
  });
});

describe('Cite links to its place in the Sources section', () => {
  const cases: [string, string, string][] = [
    ['p3', 'Source: RFE/RL paragraph 3', '#source-p3'],
    ['p2.2', 'Source: RFE/RL paragraph 2', '#source-p2-2'],
    ['credit', 'Source: RFE/RL credit line', '#source-credit'],
    ['bg:milt-war-start', 'Background source: Military Times', '#source-milt-war-start'],
  ];

  it.each(cases)('%s links to %s’s target, which the Sources section holds', (cite, name, href) => {
    const source = resolveCite(cite as CiteId)!;
    render(
      <>
        <Cite source={source} />
        <SourcesList />
      </>,
    );
    const link = screen.getAllByRole('button', { name }).find((element) => !element.closest('.sources'))!;
    expect(link.tagName).toBe('A');
    expect(link.getAttribute('href')).toBe(href);
    expect(sourceTargetId(source)).toBe(href.slice(1));
    const target = document.getElementById(href.slice(1))!;
    expect(target.closest('.sources')).not.toBeNull();
    expect(target.textContent).toContain(source.text);
  });
});
