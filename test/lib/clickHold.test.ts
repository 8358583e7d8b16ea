import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdClicks } from '../../src/lib/clickHold';

const part = (html: string) => {
  const wrapper = document.createElement('div');
  wrapper.className = 'deferred-part';
  wrapper.innerHTML = html;
  document.body.append(wrapper);
  return wrapper;
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('holdClicks', () => {
  it('holds a click on a waiting part’s button and replays it once the part is live', () => {
    const wrapper = part('<button type="button"><span>Open</span></button>');
    const button = wrapper.querySelector('button')!;
    const onClick = vi.fn();
    button.addEventListener('click', onClick);
    const hold = holdClicks(wrapper);
    wrapper.querySelector('span')!.click();
    expect(onClick).not.toHaveBeenCalled();
    hold.release();
    expect(onClick).toHaveBeenCalledTimes(1);
    button.click();
    expect(onClick).toHaveBeenCalledTimes(2);
  });

  it('leaves links and clicks outside the part alone', () => {
    const wrapper = part('<a href="#x">link</a>');
    const outside = document.createElement('button');
    document.body.append(outside);
    const onLink = vi.fn((event: Event) => event.preventDefault());
    const onOutside = vi.fn();
    wrapper.querySelector('a')!.addEventListener('click', onLink);
    outside.addEventListener('click', onOutside);
    const hold = holdClicks(wrapper);
    wrapper.querySelector('a')!.click();
    outside.click();
    expect(onLink).toHaveBeenCalledTimes(1);
    expect(onOutside).toHaveBeenCalledTimes(1);
    hold.stop();
  });

  it('lets the innermost waiting part hold the click when parts are nested', () => {
    const outer = part('<div class="deferred-part"><button type="button">Inner</button></div>');
    const inner = outer.querySelector<HTMLElement>('.deferred-part')!;
    const button = inner.querySelector('button')!;
    const onClick = vi.fn();
    button.addEventListener('click', onClick);
    const outerHold = holdClicks(outer);
    button.click();
    // The outer part goes live; its replayed click is caught by the inner part, still waiting.
    const innerHold = holdClicks(inner);
    outerHold.release();
    expect(onClick).not.toHaveBeenCalled();
    innerHold.release();
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('drops a held click whose control left the page', () => {
    const wrapper = part('<button type="button">Gone</button>');
    const button = wrapper.querySelector('button')!;
    const onClick = vi.fn();
    button.addEventListener('click', onClick);
    const hold = holdClicks(wrapper);
    button.click();
    button.remove();
    hold.release();
    expect(onClick).not.toHaveBeenCalled();
  });
});
