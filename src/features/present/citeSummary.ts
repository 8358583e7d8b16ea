import { resolveCites } from '../../content/cites';
import type { Cite } from '../../content/types';

/** A slide's sources in one short line: the article's paragraph numbers, and the background publishers. */
export interface CiteSummary {
  readonly paragraphs: readonly number[];
  readonly hasCredit: boolean;
  /** Publisher names without the "(via …)" syndication note, each once, in first-cited order. */
  readonly publishers: readonly string[];
}

const withoutVia = (publisher: string): string => publisher.replace(/\s*\((via|Reuters|AFP)[^)]*\)\s*$/, '').trim();

export const summarizeCites = (cites: readonly Cite[]): CiteSummary => {
  const resolved = resolveCites(cites);
  const paragraphs = [...new Set(resolved.flatMap((c) => (c.paragraph === undefined ? [] : [c.paragraph])))].sort((a, b) => a - b);
  const publishers = [...new Set(resolved.filter((c) => c.kind === 'background').map((c) => withoutVia(c.publisher)))];
  return { paragraphs, hasCredit: cites.includes('credit'), publishers };
};

/** [1, 2, 3, 5, 7, 8] → "1–3, 5, 7–8": long runs of paragraphs stay short on a slide. */
export const paragraphRanges = (paragraphs: readonly number[]): string => {
  const runs: [number, number][] = [];
  for (const paragraph of paragraphs) {
    const last = runs[runs.length - 1];
    if (last !== undefined && paragraph === last[1] + 1) last[1] = paragraph;
    else runs.push([paragraph, paragraph]);
  }
  return runs.map(([from, to]) => (from === to ? `${from}` : `${from}–${to}`)).join(', ');
};
