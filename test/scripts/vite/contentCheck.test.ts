// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { contentCheck, contentCheckMessage } from '../../../scripts/vite/contentCheck';
import { checkContent } from '../../../src/content/check';
import { content } from '../../../src/content/content';
import { validateContent, type ContentIssue } from '../../../src/content/validate';

type Hook = (this: { error: (message: string) => never }, ...args: unknown[]) => unknown;

/** Runs the plugin's buildStart as a build would, with the content check's answer given. */
const buildStart = async (issues: readonly ContentIssue[]) => {
  const plugin = contentCheck(async () => [...issues]);
  (plugin.configResolved as unknown as (config: { root: string }) => void)({ root: process.cwd() });
  const context = {
    error: (message: string): never => {
      throw new Error(message);
    },
  };
  await (plugin.buildStart as unknown as Hook).call(context);
};

describe('the build’s content check', () => {
  it('passes the content as it is', async () => {
    expect(checkContent()).toEqual([]);
    await expect(buildStart(checkContent())).resolves.toBeUndefined();
  });

  it('stops the build on a cite to a paragraph that does not exist, naming the item and the field', async () => {
    const [step] = content.steps;
    const broken = validateContent({ ...content, steps: [{ ...step!, cites: ['p99'] }, ...content.steps.slice(1)] });
    expect(broken.length).toBeGreaterThan(0);
    await expect(buildStart(broken)).rejects.toThrow(new RegExp(`steps/${step!.id}\\.cites: .*p99`));
  });

  it('says how many rules are broken, one line each', () => {
    const message = contentCheckMessage([
      { item: 'quotes/q1', field: 'text', message: 'not word for word in p4' },
      { item: 'events/e1', field: 'date', message: 'out of range' },
    ]);
    expect(message.split('\n')).toEqual(['The content breaks 2 rules (src/content/):', '  quotes/q1.text: not word for word in p4', '  events/e1.date: out of range']);
  });
});
