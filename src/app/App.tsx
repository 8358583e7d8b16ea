import { DeferredPart } from '../lib/DeferredPart';
import { DeferralProvider, type DeferralPolicy } from '../lib/deferredModule';
import { ArticleOrDeck } from './ArticleOrDeck';
import { EMBED_PARTS, type AppMode, type EmbedPart } from './mode';
import { ModeProvider } from './ModeProvider';
import { embedViewPart } from './parts';

/** Stable props per part (deferred parts must never see their props change). */
const embedProps = Object.fromEntries(EMBED_PARTS.map((part) => [part, { part }])) as Record<EmbedPart, { readonly part: EmbedPart }>;

interface AppProps {
  readonly mode: AppMode;
  /** 'when-visible' while hydrating a prerendered page; 'eager' when rendering from scratch. */
  readonly deferral?: DeferralPolicy;
}

/** The only place features are combined: one switch on the mode read at the root. */
export const App = ({ mode, deferral = 'eager' }: AppProps) => (
  <ModeProvider mode={mode}>
    {/* Each view brings its own motion provider, so the animation code loads with the parts that animate. */}
    <DeferralProvider value={deferral}>{viewFor(mode)}</DeferralProvider>
  </ModeProvider>
);

const viewFor = (mode: AppMode) => {
  switch (mode.kind) {
    case 'article':
      return <ArticleOrDeck startsPresenting={false} view="deck" />;
    case 'present':
      return <ArticleOrDeck startsPresenting view={mode.view} />;
    case 'embed':
      return <DeferredPart module={embedViewPart} props={embedProps[mode.part]} name={`embed-${mode.part}`} rootMargin="0px" />;
    default: {
      const unreachable: never = mode;
      return unreachable;
    }
  }
};
