import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createStore, useStore } from '../../src/lib/store';

describe('createStore', () => {
  it('notifies subscribers of changes, not of the same value', () => {
    const store = createStore(1);
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.set(1);
    expect(listener).not.toHaveBeenCalled();
    store.set(2);
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.set(3);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.get()).toBe(3);
    expect(store.initial).toBe(1);
  });

  it('re-renders components that read it', () => {
    const store = createStore('none');
    const Reader = () => <p>{useStore(store)}</p>;
    render(<Reader />);
    expect(screen.getByText('none')).toBeTruthy();
    act(() => store.set('khalilzad'));
    expect(screen.getByText('khalilzad')).toBeTruthy();
  });
});
