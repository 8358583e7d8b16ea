import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ui } from '../../../src/content/site';
import { HindsightSwitch } from '../../../src/features/hindsight/HindsightSwitch';

const Harness = () => {
  const [isOn, setIsOn] = useState(false);
  return <HindsightSwitch isOn={isOn} onToggle={setIsOn} showsHint={false} />;
};

describe('HindsightSwitch', () => {
  it('is one toggle button whose name stays and whose pressed state and announcement follow it', () => {
    render(<Harness />);
    const button = screen.getByRole('button', { name: ui.hindsightSwitchLabel });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('status').textContent).toBe('');
    fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe(ui.hindsightAnnounceOn);
    fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('status').textContent).toBe(ui.hindsightAnnounceOff);
    // The header's hint is for screen readers only, tied to the button.
    expect(document.getElementById(button.getAttribute('aria-describedby')!)?.textContent).toBe(ui.hindsightSwitchHint);
  });
});
