import { MotionProvider } from '../lib/MotionProvider';
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
