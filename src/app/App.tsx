import { MotionProvider } from '../lib/MotionProvider';
import { ArticleView } from './ArticleView';
import { EmbedView } from './EmbedView';
import type { AppMode } from './mode';
import { ModeProvider } from './ModeProvider';

interface AppProps {
  readonly mode: AppMode;
}

/** The only place features are combined: one switch on the mode read at the root. */
export const App = ({ mode }: AppProps) => (
  <ModeProvider mode={mode}>
    <MotionProvider>{viewFor(mode)}</MotionProvider>
  </ModeProvider>
);

const viewFor = (mode: AppMode) => {
  switch (mode.kind) {
    case 'article':
    // The present view lands with its issue (#7); until then it reads the article.
    case 'present':
      return <ArticleView />;
    case 'embed':
      return <EmbedView part={mode.part} />;
    default: {
      const unreachable: never = mode;
      return unreachable;
    }
  }
};
