import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Cite } from '../../src/components/Cite';
import { CiteList } from '../../src/components/CiteList';
import { resolveCite, resolveCites } from '../../src/content/cites';

const p3 = resolveCite('p3')!;

describe('Cite', () => {
  it('names the publisher and paragraph, and describes itself with the cited sentence', () => {
    render(<Cite source={p3} />);
    const button = screen.getByRole('button', { name: 'Source: RFE/RL paragraph 3' });
    expect(button.getAttribute('aria-describedby')).toBe(screen.getByRole('tooltip', { hidden: true }).id);
    expect(screen.getByRole('tooltip', { hidden: true }).textContent).toContain('Dawa Khan Minhapal confirmed');
  });

  it('reveals the sentence on hover and hides it when the pointer leaves', () => {
    render(<Cite source={p3} />);
    expect(screen.queryByRole('tooltip')).toBeNull();
    fireEvent.mouseEnter(screen.getByRole('button').parentElement!);
    expect(screen.getByRole('tooltip').textContent).toContain('declined to give details');
    fireEvent.mouseLeave(screen.getByRole('button').parentElement!);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('reveals on keyboard focus and hides on Escape', async () => {
    const user = userEvent.setup();
    render(<Cite source={p3} />);
    await user.tab();
    expect(screen.getByRole('tooltip')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('stays open after a tap until focus moves away', async () => {
    const user = userEvent.setup();
    render(
      <>
        <Cite source={p3} />
        <button type="button">elsewhere</button>
      </>,
    );
    await user.click(screen.getByRole('button', { name: /RFE\/RL/ }));
    await user.unhover(screen.getByRole('button', { name: /RFE\/RL/ }));
    expect(screen.getByRole('tooltip')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('shows at most one sentence of a multi-sentence paragraph', () => {
    render(<Cite source={resolveCite('p2.2')!} />);
    const text = screen.getByRole('tooltip', { hidden: true }).textContent ?? '';
    expect(text).toContain('The New York Times also reported');
    expect(text).not.toContain('seen by Afghanistan');
  });
});

describe('CiteList', () => {
  it('marks background sources visibly as background', () => {
    render(<CiteList sources={resolveCites(['p4.1', 'bg:milt-war-start'])} />);
    expect(screen.getByText('Background')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Source: Background: Military Times' })).toBeTruthy();
  });

  it('shows no background marker for article-only claims', () => {
    render(<CiteList sources={resolveCites(['p4.1'])} />);
    expect(screen.queryByText('Background')).toBeNull();
  });
});
