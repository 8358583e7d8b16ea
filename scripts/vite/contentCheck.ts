import type { Plugin } from 'vite';
import type { ContentIssue } from '../../src/content/validate.ts';
import { withSsrModule } from './ssrModule.ts';

interface CheckModule {
  readonly checkContent: () => ContentIssue[];
}

/** The message a failed check stops the build with: one line per issue, naming the file, the item and the field. */
export const contentCheckMessage = (issues: readonly ContentIssue[]): string =>
  [`The content breaks ${issues.length} rule${issues.length === 1 ? '' : 's'} (src/content/):`, ...issues.map((i) => `  ${i.item}.${i.field}: ${i.message}`)].join('\n');

type LoadCheck = (root: string) => Promise<ContentIssue[]>;

const loadCheck: LoadCheck = (root) => withSsrModule<CheckModule, ContentIssue[]>(root, '/src/content/check.ts', (module) => module.checkContent());

/**
 * Runs every content rule (src/content/check.ts) before a build: a cite to a
 * paragraph that does not exist, a quote that is not word for word, a date out
 * of range or a broken cross-reference stops `npm run build`, not just the tests.
 */
export const contentCheck = (load: LoadCheck = loadCheck): Plugin => {
  let root = process.cwd();
  return {
    name: 'explainer-content-check',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      const issues = await load(root);
      if (issues.length > 0) this.error(contentCheckMessage(issues));
    },
  };
};
