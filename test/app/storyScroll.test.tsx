import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticlePage } from '../../src/app/ArticlePage';
import { EmbedPage } from '../../src/app/EmbedPage';
import { renderStoryGraphic } from '../../src/app/StoryGraphic';
import { activeStepStore, trackActiveStep } from '../../src/app/stepState';
import { storySections, storySteps } from '../../src/content/story';
import { hindsightSteps } from '../../src/content/hindsight';
import { StorySectionBody } from '../../src/features/story/StorySectionBody';
import { renderWithProviders } from '../render';

// The story as the article page composes it: section islands, and the page-wide active step
// (src/app/stepState.ts) tracked over the prerendered steps. jsdom has no layout, so real
// scrolling is checked in Chromium (test/e2e/story.test.ts); here a stand-in
// IntersectionObserver lets the test say which step crosses the middle line.
type Callback = (entries: Partial<IntersectionObserverEntry>[]) => void;
let observers: { callback: Callback; targets: Element[]; options?: IntersectionObserverInit }[] = [];

class FakeIntersectionObserver {
  readonly record: { callback: Callback; targets: Element[]; options?: IntersectionObserverInit };
  constructor(callback: Callback, options?: IntersectionObserverInit) {
    this.record = { callback, targets: [], options };
    observers.push(this.record);
  }
  observe(target: Element) {
    this.record.targets.push(target);
  }
  disconnect() {
    observers = observers.filter((o) => o !== this.record);
  }
  unobserve() {}
  takeRecords() {
    return [];
  }
}

/** The step tracker's observers (the contents bar watches sections with its own). */
const stepObservers = () => observers.filter((o) => o.targets.some((t) => (t as HTMLElement).dataset?.stepId !== undefined));

/** Reports a step crossing (or leaving) the middle line, which sits at y = 400; `top` is the step's top edge. */
const cross = (stepId: string, isIntersecting = true, top = 0) => {
  const [observer] = stepObservers();
  const target = observer!.targets.find((t) => (t as HTMLElement).dataset?.stepId === stepId)!;
  const rootBounds = { top: 400, bottom: 400 } as DOMRectReadOnly;
  const boundingClientRect = { top } as DOMRectReadOnly;
  act(() => observer!.callback([{ target, isIntersecting, rootBounds, boundingClientRect }]));
};

beforeEach(() => {
  observers = [];
  Object.assign(window, { IntersectionObserver: FakeIntersectionObserver });
});
let stopTracking: (() => void) | undefined;
afterEach(() => {
  stopTracking?.();
  act(() => activeStepStore.set(null));
  Reflect.deleteProperty(window, 'IntersectionObserver');
});

/** The article page, with the app tracking its steps as main.tsx does. */
const renderStory = () => {
  const result = render(<ArticlePage />);
  stopTracking = trackActiveStep(result.container.querySelector('[data-story]')!);
  return result;
};

describe('the story on the article page', () => {
  it('renders every section in reading order with its heading', () => {
    const { container } = renderStory();
    const headings = Array.from(container.querySelectorAll('.story h2')).map((h) => h.textContent);
    expect(headings).toEqual(storySections.map((s) => s.heading));
  });

  it('renders at least eight steps, each with its sources (the hindsight steps only later reporting)', () => {
    const { container } = renderStory();
    const steps = Array.from(container.querySelectorAll<HTMLElement>('li[data-step-id]'));
    // The story's steps, then those of "What happened next", each cited in its own kind.
    const [march, later] = [steps.slice(0, storySteps.length), steps.slice(storySteps.length)];
    expect(march.map((step) => step.dataset.stepId)).toEqual(storySteps.map((step) => step.id));
    expect(later.map((step) => step.dataset.stepId)).toEqual(hindsightSteps.map((step) => step.id));
    expect(steps.length).toBeGreaterThanOrEqual(8);
    for (const step of march) expect(within(step).getAllByRole('button', { name: /^(Source|Background sources?):/ }).length).toBeGreaterThan(0);
    for (const step of later) expect(within(step).queryAllByRole('button', { name: /^(Source|Background sources?):/ })).toEqual([]);
  });

  it('marks no step current until one crosses the middle of the viewport', () => {
    const { container } = renderStory();
    expect(container.querySelector('[aria-current]')).toBeNull();
    expect(stepObservers()[0]?.options?.rootMargin).toBe('-50% 0px -50% 0px');
  });

  it('puts the line where the story’s CSS says (on phones, the middle of the part below the graphic), following resizes', () => {
    const { container } = render(<ArticlePage />);
    const story = container.querySelector<HTMLElement>('[data-story]')!;
    story.style.setProperty('--step-line', '71%');
    stopTracking = trackActiveStep(story);
    expect(stepObservers().map((o) => o.options?.rootMargin)).toEqual(['-71% 0px -29% 0px']);
    story.style.setProperty('--step-line', '50%');
    act(() => window.dispatchEvent(new Event('resize')));
    expect(stepObservers().map((o) => o.options?.rootMargin)).toEqual(['-50% 0px -50% 0px']);
    // A resize that leaves the line where it was keeps the observer.
    const [observer] = stepObservers();
    act(() => window.dispatchEvent(new Event('resize')));
    expect(stepObservers()).toEqual([observer]);
  });

  it('marks the step crossing the middle line as aria-current="step", one at a time', () => {
    const { container } = renderStory();
    cross('letter-sent');
    expect(container.querySelector('[aria-current="step"]')?.getAttribute('data-step-id')).toBe('letter-sent');
    cross('letter-sent', false);
    cross('letter-seen');
    expect(container.querySelectorAll('[aria-current="step"]')).toHaveLength(1);
    expect(container.querySelector('[aria-current="step"]')?.getAttribute('data-step-id')).toBe('letter-seen');
  });

  it('keeps the last active step when the middle line falls between steps', () => {
    const { container } = renderStory();
    cross('doha');
    cross('doha', false);
    expect(container.querySelector('[aria-current="step"]')?.getAttribute('data-step-id')).toBe('doha');
  });

  it('clears the active step when the reader scrolls back above the story, even in one jump', () => {
    const { container } = renderStory();
    cross('stakes-risk');
    const [observer] = stepObservers();
    const story = container.querySelector('[data-story]')!;
    expect(observer!.targets).toContain(story);
    act(() =>
      observer!.callback([
        { target: story, isIntersecting: false, rootBounds: { top: 400 } as DOMRectReadOnly, boundingClientRect: { top: 900 } as DOMRectReadOnly },
      ]),
    );
    expect(container.querySelector('[aria-current]')).toBeNull();
  });

  it('shows the active step’s state in its section’s graphic', () => {
    const { container } = renderStory();
    cross('proposal-turkey');
    expect(container.querySelector('[data-graphic-step="proposal-turkey"]')).not.toBeNull();
    // Sections the reader has passed keep their last state; later ones show their first.
    expect(container.querySelector('[data-graphic-step="urgent-leadership"]')).not.toBeNull();
    expect(container.querySelector('[data-graphic-step="stakes-warning"]')).not.toBeNull();
  });

  it('the embedded story is flat: it observes nothing and shows each step’s graphic with it', () => {
    const { container } = render(<EmbedPage part="story" />);
    expect(stepObservers()).toHaveLength(0);
    expect(container.querySelectorAll('.step__graphic')).toHaveLength(storySteps.length);
    expect(container.querySelector('.scrolly__graphic')).toBeNull();
  });

  it('dims the steps a selection does not involve', () => {
    const war = storySections.find((section) => section.id === 'war')!;
    const news = storySections.find((section) => section.id === 'news')!;
    const { container } = renderWithProviders(
      <>
        {[news, war].map((section) => (
          <StorySectionBody key={section.id} section={section} isFlat={false} activeId={null} renderGraphic={renderStoryGraphic} highlightedSteps={new Set(['doha'])} />
        ))}
      </>,
    );
    expect(container.querySelector('#step-doha')?.getAttribute('data-dimmed')).toBeNull();
    expect(container.querySelector('#step-letter-sent')?.getAttribute('data-dimmed')).toBe('true');
  });

  it('places each feature inside its section', () => {
    renderStory();
    const section = screen.getByRole('region', { name: storySections[1]!.heading });
    expect(within(section).getByRole('region', { name: 'Timeline' })).toBeTruthy();
  });
});
