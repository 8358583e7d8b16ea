import { DeferralProvider, type DeferralPolicy } from '../lib/deferred';
import { ArticleView } from './ArticleView';
import type { AppMode } from './mode';
import { ModeProvider } from './ModeProvider';

interface AppProps {
  readonly mode: AppMode;
  /** 'when-visible' while hydrating a prerendered page; 'eager' when rendering from scratch. */
  readonly deferral?: DeferralPolicy;
}

/** The only place features are combined: one switch on the mode read at the root. */
export const App = ({ mode, deferral = 'eager' }: AppProps) => (
  <ModeProvider mode={mode}>
    <DeferralProvider value={deferral}>
      {/* Each view brings its own motion provider, so the animation code loads with the parts that animate. */}
      {viewFor(mode)}
    </DeferralProvider>
  </ModeProvider>
);

const viewFor = (mode: AppMode) => {
  switch (mode.kind) {
    case 'article':
    // Embed and present views land with their issues (#6, #7); until then they read the article.
    case 'embed':
    case 'present':
      return <ArticleView />;
    default: {
      const unreachable: never = mode;
      return unreachable;
    }
  }
};
