import { describe, expect, it } from 'vitest';
import { modeKey, parseMode } from '../../src/app/mode';

describe('parseMode', () => {
  it.each([
    ['', { kind: 'article', theme: null }],
    ['?embed=timeline', { kind: 'embed', part: 'timeline', theme: null }],
    ['?embed=story&theme=dark', { kind: 'embed', part: 'story', theme: 'dark' }],
    ['?embed=keypoints', { kind: 'embed', part: 'keypoints', theme: null }],
    ['?present', { kind: 'present', view: 'deck', theme: null }],
    ['?present&slide=3', { kind: 'present', view: 'deck', theme: null }],
    ['?present&view=notes&slide=2', { kind: 'present', view: 'notes', theme: null }],
    ['?present&view=%3Cscript%3E', { kind: 'present', view: 'deck', theme: null }],
    ['?embed=nope', { kind: 'article', theme: null }],
    ['?theme=purple', { kind: 'article', theme: null }],
    ['?%E0%A4%A', { kind: 'article', theme: null }],
    ['?embed=%3Cscript%3E', { kind: 'article', theme: null }],
  ])('%j → %j', (search, expected) => {
    expect(parseMode(search)).toEqual(expected);
  });

  it('reads the part from a prerendered embed page’s path when the query lacks it', () => {
    expect(parseMode('', '/embed/timeline/')).toEqual({ kind: 'embed', part: 'timeline', theme: null });
    expect(parseMode('?theme=dark', '/embed/actors/index.html')).toEqual({ kind: 'embed', part: 'actors', theme: 'dark' });
    expect(parseMode('', '/embed/keypoints/')).toEqual({ kind: 'embed', part: 'keypoints', theme: null });
    expect(parseMode('', '/embed/nope/').kind).toBe('article');
    expect(parseMode('?embed=proposals', '/embed/timeline/')).toMatchObject({ part: 'proposals' });
  });

  it('prefers an embed part over ?present (an embedded deck is not a thing)', () => {
    expect(parseMode('?present&embed=actors').kind).toBe('embed');
  });

  it('names prerendered pages by mode and part', () => {
    expect(modeKey({ kind: 'article', theme: null })).toBe('article');
    expect(modeKey({ kind: 'embed', part: 'actors', theme: 'light' })).toBe('embed-actors');
  });
});
