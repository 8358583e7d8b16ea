import { act, renderHook } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { actorSelectionStore } from '../../../src/features/actors/selectionStore';
import { useActorSelection } from '../../../src/features/actors/useActorSelection';

const goTo = (url: string) => window.history.replaceState(null, '', url);

afterEach(() => {
  vi.restoreAllMocks();
  goTo('/');
  actorSelectionStore.set(null);
});

describe('useActorSelection', () => {
  it('restores a known actor from the URL after the first render', () => {
    goTo('/?actor=khalilzad');
    const { result } = renderHook(() => useActorSelection());
    expect(result.current.selectedActorId).toBe('khalilzad');
  });

  it('renders nothing selected on the server, whatever the URL, so hydration matches the prerender', () => {
    goTo('/?actor=khalilzad');
    const Probe = () => <p>{useActorSelection().selectedActorId ?? 'none'}</p>;
    expect(renderToString(<Probe />)).toBe('<p>none</p>');
  });

  it.each(['/?actor=nobody', '/?actor=%3Cscript%3E', '/?actor=%E0%A4%A', '/?actor=__proto__'])(
    'ignores %s and leaves the URL as it was',
    (url) => {
      goTo(url);
      const { result } = renderHook(() => useActorSelection());
      expect(result.current.selectedActorId).toBeNull();
      expect(`${window.location.pathname}${window.location.search}`).toBe(url);
    },
  );

  it('writes the selection to the URL, keeping other parameters and the fragment', () => {
    goTo('/?childId=ex-1&initialWidth=600#proposal-2');
    const { result } = renderHook(() => useActorSelection());
    act(() => result.current.selectActor('turkey'));
    expect(result.current.selectedActorId).toBe('turkey');
    expect(`${window.location.search}${window.location.hash}`).toBe('?childId=ex-1&initialWidth=600&actor=turkey#proposal-2');
    act(() => result.current.selectActor(null));
    expect(result.current.selectedActorId).toBeNull();
    expect(`${window.location.search}${window.location.hash}`).toBe('?childId=ex-1&initialWidth=600#proposal-2');
  });

  it('shares one selection between every part that reads it, as parts hydrate at different times', () => {
    const first = renderHook(() => useActorSelection());
    act(() => first.result.current.selectActor('khalilzad'));
    const later = renderHook(() => useActorSelection());
    expect(later.result.current.selectedActorId).toBe('khalilzad');
    act(() => later.result.current.selectActor(null));
    expect(first.result.current.selectedActorId).toBeNull();
  });

  it('still selects when the history API is forbidden (a sandboxed iframe)', () => {
    vi.spyOn(window.history, 'replaceState').mockImplementation(() => {
      throw new DOMException('sandboxed', 'SecurityError');
    });
    const { result } = renderHook(() => useActorSelection());
    expect(() => act(() => result.current.selectActor('qatar'))).not.toThrow();
    expect(result.current.selectedActorId).toBe('qatar');
  });
});
