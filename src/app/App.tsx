import { MotionProvider } from '../lib/MotionProvider';
import { ArticleOrDeck } from './ArticleOrDeck';
import { ArticleView } from './ArticleView';
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
      return <ArticleOrDeck startsPresenting={false} view="deck" />;
    case 'present':
      return <ArticleOrDeck startsPresenting view={mode.view} />;
    // The embed view lands with its issue (#6); until then it reads the article.
    case 'embed':
      return <ArticleView />;
    default: {
      const unreachable: never = mode;
      return unreachable;
    }
  }
};
