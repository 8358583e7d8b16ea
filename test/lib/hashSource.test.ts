import { describe, expect, it, vi } from 'vitest';
import { windowHashSource } from '../../src/lib/hashSource';

describe('windowHashSource', () => {
  it('reads the page’s fragment and reports changes until unsubscribed', () => {
    window.location.hash = '#event-doha-agreement';
    expect(windowHashSource.read()).toBe('#event-doha-agreement');
    const onChange = vi.fn();
    const unsubscribe = windowHashSource.subscribe(onChange);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(onChange).toHaveBeenCalledTimes(1);
    unsubscribe();
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(onChange).toHaveBeenCalledTimes(1);
    window.location.hash = '';
  });
});
