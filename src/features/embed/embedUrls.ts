// Explicit extension: the build config (scripts/vite/shareMeta.ts) loads this module too.
import { embedParts, type EmbedPartId } from '../../content/embed.ts';
import type { EmbedThemeChoice } from '../../content/embedDialog';

/** What a snippet points at. */
export interface EmbedTarget {
  /** The site's root, e.g. `https://example.org/`; a root-relative `/` serves pages on the same host. */
  readonly siteRoot: string;
  readonly part: EmbedPartId;
  readonly theme: EmbedThemeChoice;
  /** Adds `&hindsight`: the part with what happened next, from later reporting, switched on (issue #14). */
  readonly hindsight?: boolean;
}

export const rootOf = (siteRoot: string): string => (siteRoot.endsWith('/') ? siteRoot : `${siteRoot}/`);

export const partOf = (id: EmbedPartId) => embedParts.find((part) => part.id === id) ?? embedParts[0];

/**
 * The prerendered page of a part. `?embed=` stays in the address so the
 * script path agrees with the static page; `&hindsight` is a bare flag, as
 * the page reads it.
 */
export const embedPageUrl = ({ siteRoot, part, theme, hindsight = false }: EmbedTarget): string =>
  `${rootOf(siteRoot)}embed/${part}/?embed=${part}${theme === 'auto' ? '' : `&theme=${theme}`}${hindsight ? '&hindsight' : ''}`;

/** The full explainer, opened at the section the part comes from. */
export const fullExplainerUrl = (siteRoot: string, part: EmbedPartId): string => {
  const { section } = partOf(part);
  return `${rootOf(siteRoot)}${section === null ? '' : `#${section}`}`;
};
