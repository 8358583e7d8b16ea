import { embedParts, type EmbedPartId } from '../content/embed';
import { hasSearchParam, readSearchParam } from '../lib/url';

/** The embeddable parts, from the one list in src/content/embed.ts. */
export const EMBED_PARTS: readonly EmbedPartId[] = embedParts.map((part) => part.id);
export type EmbedPart = EmbedPartId;

export const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

/** Present mode shows the audience deck, or the speaker notes window (`&view=notes`). */
const PRESENT_VIEWS = ['deck', 'notes'] as const;
export type DeckView = (typeof PRESENT_VIEWS)[number];

/** How the page is being used; read once, at the root. */
export type AppMode =
  | { readonly kind: 'article'; readonly theme: Theme | null }
  | { readonly kind: 'embed'; readonly part: EmbedPart; readonly theme: Theme | null }
  | { readonly kind: 'present'; readonly view: DeckView; readonly theme: Theme | null };

const oneOf = <T extends string>(options: readonly T[], value: string | null): T | null =>
  options.find((option) => option === value) ?? null;

/** `/embed/<part>/`: the prerendered page of one part, which means embed mode even without ?embed=. */
const EMBED_PATH = /\/embed\/([a-z]+)\/(?:index\.html)?$/;

/** Pure and total: unknown values fall back to the article. */
export const parseMode = (search: string, pathname = '/'): AppMode => {
  const theme = oneOf(THEMES, readSearchParam(search, 'theme'));
  const part =
    oneOf(EMBED_PARTS, readSearchParam(search, 'embed')) ?? oneOf(EMBED_PARTS, EMBED_PATH.exec(pathname)?.[1] ?? null);
  if (part !== null) return { kind: 'embed', part, theme };
  if (hasSearchParam(search, 'present')) return { kind: 'present', view: oneOf(PRESENT_VIEWS, readSearchParam(search, 'view')) ?? 'deck', theme };
  return { kind: 'article', theme };
};

/** Identifies a prerendered page, so the client hydrates only a tree it can match. */
export const modeKey = (mode: AppMode): string => (mode.kind === 'embed' ? `embed-${mode.part}` : mode.kind);

/** A known embed part, or null (for props read back from the page's HTML). */
export const embedPartOrNull = (value: string): EmbedPart | null => oneOf(EMBED_PARTS, value);
