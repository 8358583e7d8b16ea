import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { hindsightLayer } from '../../../src/content/hindsightLayer';
import { ui } from '../../../src/content/site';
import { HindsightSection } from '../../../src/features/hindsight/HindsightSection';
import { renderWithProviders } from '../../render';

const render = (props: Partial<Parameters<typeof HindsightSection>[0]> = {}) =>
  renderWithProviders(<HindsightSection layer={hindsightLayer} activeId={null} isFlat={false} isOn={false} onToggle={vi.fn()} {...props} />);

describe('What happened next', () => {
  it('tells each step’s events, each with its date and a Later reporting source', () => {
    render();
    const steps = screen.getAllByRole('list', { name: hindsightLayer.ui.stepEventsLabel });
    expect(steps).toHaveLength(hindsightLayer.steps.length);
    const rows = steps.flatMap((list) => within(list).getAllByRole('listitem'));
    expect(rows.length).toBe(hindsightLayer.steps.reduce((n, step) => n + step.events.length, 0));
    for (const row of rows) {
      expect(row.querySelector('time')?.getAttribute('dateTime')).toMatch(/^2021-(0[3-9]|10)/);
      expect(within(row).getByRole('button', { name: /^Later reporting: / })).toBeTruthy();
    }
    expect(screen.getByText('August 30, 2021')).toBeTruthy();
    // Each step's heading says in words that it is later reporting.
    for (const step of hindsightLayer.steps) expect(screen.getByRole('heading', { level: 3, name: `${step.heading} Later` })).toBeTruthy();
  });

  it('adds what became of the deadline to the last flight, cited', () => {
    render();
    const fate = screen.getByText(hindsightLayer.deadlineFate.text, { exact: false });
    expect(fate.textContent).toMatch(/^What became of the deadline:/);
    expect(within(fate).getByRole('button', { name: /^Later reporting: / })).toBeTruthy();
  });

  it('marks the active step and shows its graphic; nothing is current until the reader gets there', () => {
    const { container, rerender } = render();
    expect(container.querySelector('[aria-current="step"]')).toBeNull();
    expect(container.querySelector('[data-graphic-step]')?.getAttribute('data-graphic-step')).toBe(hindsightLayer.steps[0]!.id);
    rerender(<HindsightSection layer={hindsightLayer} activeId="next-kabul" isFlat={false} isOn={false} onToggle={vi.fn()} />);
    expect(container.querySelector('[aria-current="step"]')?.id).toBe('step-next-kabul');
    expect(container.querySelector('[data-graphic-step]')?.getAttribute('data-graphic-step')).toBe('next-kabul');
  });

  it('has the switch, which reports the pressed button and announces the change', () => {
    const onToggle = vi.fn();
    render({ onToggle });
    const button = screen.getByRole('button', { name: ui.hindsightSwitchLabel, pressed: false });
    expect(button.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(ui.hindsightSwitchHint)).toBeTruthy();
    fireEvent.click(button);
    expect(onToggle).toHaveBeenCalledWith(true, button);
    expect(screen.getByRole('status').textContent).toBe(ui.hindsightAnnounceOn);
  });

  it('has no switch where there is no page to change, and unrolls flat with one graphic', () => {
    const { container } = render({ onToggle: null, isFlat: true });
    expect(screen.queryByRole('button', { name: ui.hindsightSwitchLabel })).toBeNull();
    expect(container.querySelector('.scrolly__graphic')).toBeNull();
    expect(container.querySelectorAll('.hindsight__graphic svg')).toHaveLength(1);
  });
});
