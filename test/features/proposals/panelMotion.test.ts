import { describe, expect, it } from 'vitest';
import { nextPanelPhase, panelMotion, settledPhase } from '../../../src/features/proposals/panelMotion';

describe('panel phases', () => {
  it('animate on the way when motion is allowed, and land at rest at once when it is not', () => {
    expect(nextPanelPhase(true, true)).toBe('opening');
    expect(nextPanelPhase(false, true)).toBe('closing');
    expect(nextPanelPhase(true, false)).toBe('open');
    expect(nextPanelPhase(false, false)).toBe('closed');
  });

  it('settle where they were heading', () => {
    expect(settledPhase('opening')).toBe('open');
    expect(settledPhase('closing')).toBe('closed');
    expect(settledPhase('open')).toBe('open');
    expect(settledPhase('closed')).toBe('closed');
  });
});

describe('panelMotion', () => {
  it('unfolds from nothing to the measured height, fading in, and folds back the other way', () => {
    const opening = panelMotion('opening', 412.6);
    expect(opening.height).toEqual([0, 413]);
    expect(opening.opacity).toEqual([0, 1]);
    const closing = panelMotion('closing', 412.6);
    expect(closing.height).toEqual([413, 0]);
    expect(closing.opacity).toEqual([1, 0]);
  });

  it('turns round from where it is when toggled again mid-way', () => {
    const from = { height: 120.4, opacity: 0.4 };
    expect(panelMotion('opening', 400, from)).toMatchObject({ height: [120, 400], opacity: [0.4, 1] });
    expect(panelMotion('closing', 400, from)).toMatchObject({ height: [120, 0], opacity: [0.4, 0] });
  });

  it('uses pixel keyframes only, so Motion never has to measure height: auto', () => {
    for (const phase of ['opening', 'closing'] as const) {
      const heights = panelMotion(phase, 300).height as readonly unknown[];
      expect(heights.every((value) => typeof value === 'number')).toBe(true);
    }
    expect(panelMotion('opening', -5).height).toEqual([0, 0]);
  });
});
