import { describe, expect, it } from 'vitest';
import { THEMES } from '../../src/app/mode';
import { embedParts } from '../../src/content/embed';
import { embedThemes } from '../../src/content/embedDialog';

describe('embed content', () => {
  it('offers the themes ?theme= accepts, plus the reader’s own setting', () => {
    expect(embedThemes.map((theme) => theme.id)).toEqual(['auto', ...THEMES]);
  });

  it('gives every frame a distinct title for screen readers', () => {
    expect(new Set(embedParts.map((part) => part.frameTitle)).size).toBe(embedParts.length);
  });
});
