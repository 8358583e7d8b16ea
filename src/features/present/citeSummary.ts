import { resolveCites, type ResolvedCite } from '../../content/cites';
import type { Cite } from '../../content/types';

/** A slide's sources in one short line: the article's paragraph numbers, and the background publishers. */
export interface CiteSummary {
  readonly paragraphs: readonly number[];
  readonly hasCredit: boolean;
  /** Publisher names without the "(via …)" syndication note, each once, in first-cited order. */
  readonly publishers: readonly string[];
}

const withoutVia = (publisher: string): string => publisher.replace(/\s*\((via|Reuters|AFP)[^)]*\)\s*$/, '').trim();

/** Later reporting names how it was read in a trailing note ("(read via a mirror copy)", "(republished by …)"): the slide names the publisher. */
const withoutNote = (publisher: string): string => publisher.replace(/\s*\([^)]*\)\s*$/, '').replace(/\s+report$/, '').trim();

/** Publishers of later reporting (resolved by the hindsight layer), each once, in first-cited order. */
export const laterPublishers = (sources: readonly ResolvedCite[]): string[] => [
  ...new Set(sources.filter((c) => c.kind === 'later').map((c) => withoutNote(c.publisher))),
];

/**
 * The most publishers a slide's line of later reporting names: a hindsight
 * slide rests on many reports, and a line the room cannot read helps no one.
 * The rest are counted, and every title is in the speaker notes.
 */
export const MAX_SLIDE_PUBLISHERS = 4;

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
