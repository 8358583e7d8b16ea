import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CiteList } from '../../src/components/CiteList';
import { SourceBadge } from '../../src/components/SourceBadge';
import { resolveCites } from '../../src/content/cites';

const kinds = ['article', 'background', 'later'] as const;

/** The selector lists of parts.css's rules, comments taken out. */
const rules = readFileSync('src/styles/parts.css', 'utf8')
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .split('}')
  .map((rule) => rule.split('{')[0]!.split(',').map((selector) => selector.trim()));

describe('SourceBadge', () => {
  it.each([
    ['article', 'In the article'],
    ['background', 'Background'],
    ['later', 'Later'],
  ] as const)('labels %s sources "%s", as plain text that is not a control', (kind, words) => {
    const { container } = render(<SourceBadge kind={kind} />);
    expect(container.textContent).toBe(words);
    expect(container.firstElementChild!.className).toBe(`badge badge--${kind}`);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('shares the background marker’s word', () => {
    render(
      <>
        <SourceBadge kind="background" />
        <CiteList sources={resolveCites(['bg:milt-war-start'])} />
      </>,
    );
    expect(screen.getAllByText('Background')).toHaveLength(2);
  });

  it.each(kinds)('is drawn by the same rules as the %s marker: every rule for one styles the other', (kind) => {
    const marker = kind === 'article' ? '.cite__button' : `.cite--${kind} .cite__button`;
    const forMarker = rules.filter((selectors) => selectors.includes(marker) || selectors.includes(`.cite--${kind}`));
    const forBadge = rules.filter((selectors) => selectors.includes(`.badge--${kind}`) || selectors.includes('.badge'));
    expect(forMarker.length).toBeGreaterThan(0);
    // Rules that only labels have (the ¶ before "In the article", a shorter box) are allowed; none that only markers have.
    const markerOnly = forMarker.filter((selectors) => !forBadge.includes(selectors));
    expect(markerOnly.filter((selectors) => !selectors.every((selector) => /data-open|cite__button$/.test(selector) && !selector.includes('cite--')))).toEqual([]);
  });
});
