import type { ArticleResolvedCite, ListedResolvedCite, ResolvedCite } from '../content/cites';
import { ui } from '../content/site';

/** Id of the article's credit line in the Sources section. */
export const CREDIT_SOURCE_ID = 'source-credit';

/** Id of a paragraph (`source-p4`) or of one of its sentences, 1-based (`source-p4-2`), in the Sources section. */
export const articleSourceId = (paragraphId: string, sentence?: number): string =>
  sentence === undefined ? `source-${paragraphId}` : `source-${paragraphId}-${sentence}`;

/** Where a single cite leads in the Sources section: the cited sentence or paragraph, the credit line, or the listed entry. */
export const sourceTargetId = (source: ResolvedCite): string => {
  if (source.kind !== 'article') return source.anchor;
  if (source.cite === 'credit') return CREDIT_SOURCE_ID;
  const [paragraphId = '', sentence] = source.cite.split('.');
  return articleSourceId(paragraphId, sentence === undefined ? undefined : Number(sentence));
};

/**
 * What one marker stands for. The article gets one marker per paragraph (its
 * cited sentences shown together) and one for the credit line; background
 * sources share one marker per block, and so does later reporting, so a block
 * shows each source once and its markers fit on one line.
 */
export type CiteGroup =
  | { readonly kind: 'article'; readonly key: string; readonly paragraph?: number; readonly cites: readonly ArticleResolvedCite[] }
  | { readonly kind: 'background' | 'later'; readonly key: string; readonly cites: readonly ListedResolvedCite[] };

/** Groups a block's cites into markers: article paragraphs in the order first cited, then background, then later reporting. */
export const groupCites = (sources: readonly ResolvedCite[]): CiteGroup[] => {
  const articles = new Map<string, ArticleResolvedCite[]>();
  const listed = { background: [] as ListedResolvedCite[], later: [] as ListedResolvedCite[] };
  const seen = new Set<string>();
  for (const source of sources) {
    if (seen.has(source.cite)) continue;
    seen.add(source.cite);
    if (source.kind !== 'article') {
      listed[source.kind].push(source);
      continue;
    }
    const key = source.paragraph === undefined ? 'credit' : `p${source.paragraph}`;
    articles.set(key, [...(articles.get(key) ?? []), source]);
  }
  const groups: CiteGroup[] = [...articles].map(([key, cites]) => ({
    kind: 'article' as const,
    key,
    ...(cites[0]?.paragraph === undefined ? {} : { paragraph: cites[0].paragraph }),
    cites: [...cites].sort((a, b) => a.cite.localeCompare(b.cite, 'en', { numeric: true })),
  }));
  for (const kind of ['background', 'later'] as const) {
    if (listed[kind].length > 0) groups.push({ kind, key: kind, cites: listed[kind] });
  }
  return groups;
};

/**
 * Where a marker leads without scripts: the one cited sentence, else the
 * paragraph; for listed sources, the first source's entry.
 */
export const groupTargetId = (group: CiteGroup): string => {
  const [first] = group.cites;
  if (first === undefined) return 'sources';
  if (group.kind === 'article' && group.paragraph !== undefined && group.cites.length > 1) return `source-p${group.paragraph}`;
  return sourceTargetId(first);
};

/** The marker's visible words: "¶2", "¶ credit", "Background", "Later". */
export const groupMark = (group: CiteGroup): string => {
  if (group.kind !== 'article') return group.kind === 'later' ? ui.citeLaterMark : ui.background;
  return group.paragraph === undefined ? `${ui.paragraphMark} ${ui.citeCreditMark}` : `${ui.paragraphMark}${group.paragraph}`;
};

/**
 * The marker's accessible name, saying the kind and the source:
 * "Source: RFE/RL paragraph 2", "Background source: Military Times", "Later reporting: …".
 */
export const groupName = (group: CiteGroup): string => {
  if (group.kind === 'article') {
    const publisher = group.cites[0]?.publisher ?? '';
    const where = group.paragraph === undefined ? ui.citeCreditName : `${ui.paragraphWord} ${group.paragraph}`;
    return `${ui.citeButtonLabel}: ${publisher} ${where}`;
  }
  const publishers = [...new Set(group.cites.map((cite) => cite.publisher))].join('; ');
  if (group.kind === 'later') return `${ui.citeLaterName}: ${publishers}`;
  return `${group.cites.length > 1 ? ui.citeBackgroundPlural : ui.citeBackground}: ${publishers}`;
};
