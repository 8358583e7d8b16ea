// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectEmbedBridge } from '../../../src/features/embed/embedBridge';

// jsdom has no layout and no real frames: the height comes from a stand-in
// `measure`, frames and the fallback timer from Vitest's fake timers, and the
// host page is a same-document iframe whose postMessage is spied on.
// Real heights and real pym/AMP/WordPress hosts are checked in test/e2e/embed.test.ts.

let height = 0;
let resizeCallbacks: (() => void)[] = [];
let stop: (() => void) | undefined;

class FakeResizeObserver {
  constructor(callback: () => void) {
    resizeCallbacks.push(callback);
  }
  observe() {}
  unobserve() {}
  disconnect() {
    resizeCallbacks = [];
  }
}

const makeWindow = (): Window => {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  return frame.contentWindow!;
};

const connect = (url = '/?embed=proposals&childId=ex') => {
  window.history.replaceState(null, '', url);
  const host = makeWindow();
  const posted = vi.spyOn(host, 'postMessage').mockImplementation(() => undefined);
  stop = connectEmbedBridge({ self: window, host, measure: () => height });
  return { host, posted };
};

const fromWindow = (source: Window | null, data: unknown) => {
  window.dispatchEvent(new MessageEvent('message', { data, source }));
};

const resize = (next: number) => {
  height = next;
  resizeCallbacks.forEach((callback) => callback());
};

type Posted = ReturnType<typeof connect>['posted'];

/** The AMP messages sent so far (one per reported height). */
const sentHeights = (posted: Posted) =>
  posted.mock.calls
    .map(([message]): unknown => message)
    .filter((message) => typeof message === 'object' && message !== null && 'sentinel' in message);

beforeEach(() => {
  vi.useFakeTimers();
  height = 1200;
  resizeCallbacks = [];
  Object.assign(globalThis, { ResizeObserver: FakeResizeObserver });
});

afterEach(() => {
  stop?.();
  stop = undefined;
  vi.restoreAllMocks();
  vi.useRealTimers();
  Reflect.deleteProperty(globalThis, 'ResizeObserver');
  document.body.innerHTML = '';
  window.history.replaceState(null, '', '/');
});

describe('the embed bridge', () => {
  it('announces the first height to the host in pym and AMP form, targeting any origin', () => {
    const { posted } = connect();
    expect(posted).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    expect(posted.mock.calls).toEqual([
      ['pymxPYMxexxPYMxheightxPYMx1200', '*'],
      [{ sentinel: 'amp', type: 'embed-size', height: 1200 }, '*'],
    ]);
  });

  it('adds the WordPress message only when the fragment carries a secret, and pym only with a child id', () => {
    const { posted } = connect('/?embed=story#?secret=abcdefghij');
    vi.advanceTimersToNextFrame();
    expect(posted.mock.calls.map(([message]) => message)).toEqual([
      { sentinel: 'amp', type: 'embed-size', height: 1200 },
      { secret: 'abcdefghij', message: 'height', value: 1200 },
    ]);
  });

  it('coalesces every change within a frame into one measurement', () => {
    const { posted } = connect();
    vi.advanceTimersToNextFrame();
    posted.mockClear();
    resize(1300);
    resize(1400);
    resize(1500);
    window.dispatchEvent(new Event('load'));
    vi.advanceTimersToNextFrame();
    expect(sentHeights(posted)).toEqual([{ sentinel: 'amp', type: 'embed-size', height: 1500 }]);
    vi.advanceTimersByTime(1000);
    expect(sentHeights(posted)).toHaveLength(1);
  });

  it('never sends an unchanged height again, and sends nothing while idle', () => {
    const { posted } = connect();
    vi.advanceTimersToNextFrame();
    posted.mockClear();
    resize(1200);
    document.body.dispatchEvent(new Event('toggle'));
    vi.advanceTimersByTime(5000);
    expect(posted).not.toHaveBeenCalled();
  });

  it('still reports when frames are paused (an off-screen cross-origin frame), through a one-shot timer', () => {
    const { posted } = connect();
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 1);
    vi.advanceTimersByTime(16);
    posted.mockClear();
    resize(2000);
    vi.advanceTimersByTime(250);
    expect(sentHeights(posted)).toEqual([{ sentinel: 'amp', type: 'embed-size', height: 2000 }]);
  });

  it('re-measures on a pym width message from the host for its own id', () => {
    const { host, posted } = connect();
    vi.advanceTimersToNextFrame();
    posted.mockClear();
    height = 1700;
    fromWindow(host, 'pymxPYMxexxPYMxwidthxPYMx320');
    vi.advanceTimersToNextFrame();
    expect(posted).toHaveBeenCalledWith('pymxPYMxexxPYMxheightxPYMx1700', '*');
  });

  it.each([
    ['a non-string', { type: 'width', width: 320 }],
    ['a number', 320],
    ['another id', 'pymxPYMxotherxPYMxwidthxPYMx320'],
    ['width 1e9', 'pymxPYMxexxPYMxwidthxPYMx1e9'],
    ['width -1', 'pymxPYMxexxPYMxwidthxPYMx-1'],
    ['width abc', 'pymxPYMxexxPYMxwidthxPYMxabc'],
    ['a message type it does not handle', 'pymxPYMxexxPYMxnavigateToxPYMxhttps://evil.test/'],
  ])('ignores %s from the host, silently', (_name, data) => {
    const { host, posted } = connect();
    vi.advanceTimersToNextFrame();
    posted.mockClear();
    const errors = vi.spyOn(console, 'error');
    height = 1700;
    expect(() => fromWindow(host, data)).not.toThrow();
    vi.advanceTimersByTime(1000);
    expect(posted).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
  });

  it.each([
    ['another window', () => makeWindow()],
    ['no window', () => null],
    ['itself', () => window],
  ])('ignores a valid width message from %s', (_name, source) => {
    const { posted } = connect();
    vi.advanceTimersToNextFrame();
    posted.mockClear();
    height = 1700;
    fromWindow(source(), 'pymxPYMxexxPYMxwidthxPYMx320');
    vi.advanceTimersByTime(1000);
    expect(posted).not.toHaveBeenCalled();
  });

  it('stops listening, observing and sending when stopped', () => {
    const { host, posted } = connect();
    stop?.();
    stop = undefined;
    vi.advanceTimersByTime(1000);
    resize(1900);
    fromWindow(host, 'pymxPYMxexxPYMxwidthxPYMx320');
    vi.advanceTimersByTime(1000);
    expect(posted).not.toHaveBeenCalled();
  });

  it('never puts the host page’s address or title in a message', () => {
    const { posted } = connect('/?embed=story&childId=ex&parentTitle=Secret%20page&parentUrl=https%3A%2F%2Fcms.test%2Fprivate%3Freader%3D42');
    vi.advanceTimersToNextFrame();
    const wire = JSON.stringify(posted.mock.calls);
    expect(wire).not.toMatch(/cms\.test|private|reader|Secret/);
    // pym's parameters stay where the host put them.
    expect(window.location.search).toContain('parentUrl=');
  });
});
