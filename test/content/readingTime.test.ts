import { describe, expect, it } from 'vitest';
import { readingMinutes, storyWordCount } from '../../src/content/readingTime';

describe('the reading time', () => {
  it('comes from the story’s own words, at about 230 a minute', () => {
    const words = storyWordCount();
    // The steps alone run to several hundred words: a count of a few dozen would mean they were missed.
    expect(words).toBeGreaterThan(600);
    expect(readingMinutes()).toBe(Math.round(words / 230));
  });
});
