import { describe, expect, it } from 'vitest';
import { TroopsScene } from '../../../src/features/timeline/TroopsScene';
import { renderWithProviders } from '../../render';

// The scene is hidden from assistive technology (its step carries a text
// alternative), so it is read here by its drawing; sizes and contrast are measured in Chromium (graphics.test.ts).
describe('TroopsScene', () => {
  it('labels the gridlines, the peak from the data and the step’s count, and names the stretched axis', () => {
    const { container } = renderWithProviders(<TroopsScene focusDate="2021-01-15" />);
    const texts = Array.from(container.querySelectorAll('text'), (text) => text.textContent);
    expect(texts).toEqual(expect.arrayContaining(['25k', '50k', '75k', '100k', 'Peak: 101,000 (Jun 2011)', '2,500', 'January 15, 2021']));
    expect(texts.some((text) => /times wider/.test(text ?? ''))).toBe(true);
    expect(container.querySelector('.scene__break')).not.toBeNull();
  });
});
