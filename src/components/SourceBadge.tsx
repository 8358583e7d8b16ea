import { ui } from '../content/site';

interface SourceBadgeProps {
  readonly kind: 'article' | 'background';
}

/** The visible "In the article" / "Background" marker; screen readers hear the same words. */
export const SourceBadge = ({ kind }: SourceBadgeProps) => (
  <span className={`badge badge--${kind}`}>{kind === 'article' ? ui.inArticle : ui.background}</span>
);
