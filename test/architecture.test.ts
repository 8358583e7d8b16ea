import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The import direction of style-anchors.md §3.1, checked on every source file:
// content imports nothing outside content; components and lib know no feature and no
// app; a feature imports no other feature; only src/app (and the entry points) compose.

const SRC = 'src';
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });

const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g)]
    .map((match) => match[1] ?? match[2]!)
    .map((specifier) => relative(SRC, normalize(join(dirname(file), specifier))));

/** 'features/timeline', 'content', 'app', … for a path under src. */
const area = (path: string): string => {
  const [top, feature] = path.split(/[\\/]/);
  return top === 'features' ? `features/${feature}` : (top ?? '');
};

const edges = files(SRC).flatMap((file) => importsOf(file).map((target) => ({ from: relative(SRC, file), to: target })));

describe('import direction', () => {
  it('has source files and imports to check', () => {
    expect(edges.length).toBeGreaterThan(200);
  });

  it('content imports only content', () => {
    const bad = edges.filter((e) => area(e.from) === 'content' && area(e.to) !== 'content');
    expect(bad).toEqual([]);
  });

  it('components and lib import neither features nor the app', () => {
    const bad = edges.filter((e) => ['components', 'lib'].includes(area(e.from)) && /^(features\/|app$)/.test(area(e.to)));
    expect(bad).toEqual([]);
  });

  it('features never import each other, nor the app', () => {
    const bad = edges.filter(
      (e) => area(e.from).startsWith('features/') && (area(e.to) === 'app' || (area(e.to).startsWith('features/') && area(e.to) !== area(e.from))),
    );
    expect(bad).toEqual([]);
  });
});

/** The source file an import names (`./x` → `x.ts`, `x.tsx` or `x/index.ts`), or null for a stylesheet and the like. */
const resolveFile = (target: string): string | null =>
  [target, `${target}.ts`, `${target}.tsx`, `${target}/index.ts`, `${target}/index.tsx`]
    .map((candidate) => join(SRC, candidate))
    .find((candidate) => /\.(ts|tsx)$/.test(candidate) && statSafe(candidate)) ?? null;

const statSafe = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** Every circle in the import graph (static and dynamic imports alike), as a list of files. */
const findCircles = (): string[][] => {
  const graph = new Map<string, string[]>();
  for (const file of files(SRC)) graph.set(file, importsOf(file).map(resolveFile).filter((target): target is string => target !== null));
  const circles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') circles.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return circles;
};

describe('import graph', () => {
  it('has no circle anywhere in src/, dynamic imports included', () => {
    expect(findCircles()).toEqual([]);
  });
});
