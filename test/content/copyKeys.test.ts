import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actorsUi } from '../../src/content/actors';
import { embedUi, shareUi } from '../../src/content/embed';
import { embedDialogUi } from '../../src/content/embedDialog';
import { hindsightUi } from '../../src/content/hindsight';
import { presentUi } from '../../src/content/present';
import { presentLinkUi } from '../../src/content/presentLink';
import { proposalsUi } from '../../src/content/proposals';
import { site, ui } from '../../src/content/site';
import { timelineUi } from '../../src/content/timeline';

/** Every copy object components read from; a key nobody reads is dead copy an editor would keep correcting for nothing. */
const copy = { actorsUi, embedUi, shareUi, embedDialogUi, hindsightUi, presentUi, presentLinkUi, proposalsUi, site, ui, timelineUi };

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });

const keyPaths = (value: unknown, prefix: string): string[] => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => [`${prefix}.${key}`, ...keyPaths(inner, `${prefix}.${key}`).filter((p) => p !== `${prefix}.${key}`)]);
};

/** The code of src/, with each copy object's own definition lines taken out (a key must be read, not just written). */
const code = [...sourceFiles('src'), ...sourceFiles('scripts')]
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n')
  .split('\n')
  .filter((line) => !/^\s+['\w]+:\s*(['"`{[].*)?$/.test(line))
  .join('\n');

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Read by name (`ui.skipLink`, `{ skipLink }`), or as an entry of a table looked up by key (`presentUi.buttons[name]`). */
const isRead = (path: string): boolean => {
  const parts = path.split('.');
  const key = escape(parts.at(-1) ?? '');
  const table = parts.at(-2) ?? '';
  if (parts.length > 2 && new RegExp(`\\.${escape(table)}\\s*(\\[|as\\s)`).test(code)) return true;
  return new RegExp(`\\.${key}\\b|\\['${key}'\\]|[{,]\\s*${key}\\s*[,}:]`).test(code);
};

describe('interface copy', () => {
  it('has no key that no component reads', () => {
    const unread = Object.entries(copy).flatMap(([name, object]) => keyPaths(object, name).filter((path) => !isRead(path)));
    expect(unread).toEqual([]);
  });
});
