import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { embedSnippet } from '../../src/features/embed/embedSnippets';

// The demo page is static HTML; this keeps it in step with the snippets the dialog hands out.
// Its behaviour in a browser is checked in test/e2e/embed.test.ts.
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
const demo = lines(readFileSync('public/embed-demo.html', 'utf8')).join('\n');

describe('public/embed-demo.html', () => {
  it.each([
    ['iframe', 'proposals'],
    ['pym', 'timeline'],
    ['script', 'actors'],
  ] as const)('shows the %s snippet for %s exactly as the dialog builds it', (kind, part) => {
    expect(demo).toContain(lines(embedSnippet(kind, { siteRoot: '/', part, theme: 'auto' })).join('\n'));
  });

  it('loads nothing from another host', () => {
    expect(demo).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });
});

describe('public/vendor/pym.v1.min.js', () => {
  it('is NPR’s pym.js 1.3.2, unchanged, under its MIT licence', () => {
    const vendored = readFileSync('public/vendor/pym.v1.min.js', 'utf8');
    const original = readFileSync('node_modules/pym.js/dist/pym.v1.min.js', 'utf8');
    expect(vendored.endsWith(original)).toBe(true);
    expect(vendored).toContain('Copyright (c) 2014 NPR');
    expect(vendored).toContain('Permission is hereby granted, free of charge');
  });
});
