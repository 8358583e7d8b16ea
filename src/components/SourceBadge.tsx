import { ui } from '../content/site';

interface SourceBadgeProps {
  readonly kind: 'article' | 'background' | 'later';
}

const words = { article: ui.inArticle, background: ui.background, later: ui.citeLaterMark } as const;

/**
 * A label saying where something comes from ("In the article", "Background",
 * "Later"), drawn in the same form as the citation marker of its kind (see
 * parts.css), so the page shows three source forms in all. Not interactive.
 */
export const SourceBadge = ({ kind }: SourceBadgeProps) => <span className={`badge badge--${kind}`}>{words[kind]}</span>;
