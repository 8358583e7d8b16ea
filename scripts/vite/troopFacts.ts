import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normalizePath, type Plugin } from 'vite';

/** Virtual ids carry the sheet's path; the `.js` ending keeps Vite's JSON plugin off the module. */
const PREFIX = '\0troop-facts:';
const SUFFIX = '.js';

const isText = (value: unknown): value is string => typeof value === 'string';

/**
 * The troop fact sheet as an ES module holding only what the site reads: each
 * point's date, troops, kind and sources, with each distinct source text
 * written once and points naming it by its index, so neither the long `note`s
 * nor the repeated names reach the client bundle. Its default export equals
 * the JSON with those fields picked: what src/content/troops.ts gets where no
 * plugin runs, so the module keeps the sheet's shape rather than troops.ts's.
 * Throws, naming the point, when the sheet is not a list of such points.
 */
export const troopFactsModule = (sheetText: string): string => {
  const sheet: unknown = JSON.parse(sheetText);
  if (!Array.isArray(sheet)) throw new Error('the troop fact sheet is not a list of points');
  const texts: string[] = [];
  const indexOf = new Map<string, number>();
  const refOf = (text: string): number => {
    let ref = indexOf.get(text);
    if (ref === undefined) {
      ref = texts.length;
      texts.push(text);
      indexOf.set(text, ref);
    }
    return ref;
  };
  const points = sheet.map((point: unknown, index) => {
    const { date, troops, kind, sources } = (point ?? {}) as Record<string, unknown>;
    if (!isText(date) || typeof troops !== 'number' || !isText(kind) || !Array.isArray(sources) || !sources.every(isText))
      throw new Error(`troop fact sheet point ${index} needs a date, troops, kind and a list of source texts`);
    return `p(${[JSON.stringify(date), troops, JSON.stringify(kind), ...sources.map(refOf)].join(',')})`;
  });
  return [
    `const s = ${JSON.stringify(texts)};`,
    'const p = (date, troops, kind, ...refs) => ({ date, troops, kind, sources: refs.map((ref) => s[ref]) });',
    `export default [\n${points.join(',\n')}\n];`,
    '',
  ].join('\n');
};

/** The fact sheet the site reads, from the project root: one verbatim copy of ../shared/facts/us-troop-levels.json. */
export const TROOP_FACT_SHEET = 'src/content/facts/us-troop-levels.json';

/**
 * Every import of the troop fact sheet (src/content/troops.ts's) resolves to
 * troopFactsModule's slim module, read from the file at build time. Build steps
 * that load the app without plugins (the SSR loader in ssrModule.ts) get the
 * JSON itself, which troops.ts reads the same way.
 */
export const troopFacts = (): Plugin => {
  let sheetPath = '';
  return {
    name: 'explainer-troop-facts',
    enforce: 'pre',
    configResolved(config) {
      sheetPath = normalizePath(resolve(config.root, TROOP_FACT_SHEET));
    },
    async resolveId(source, importer) {
      if (!source.endsWith('.json')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved?.id === sheetPath ? `${PREFIX}${sheetPath}${SUFFIX}` : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const path = id.slice(PREFIX.length, -SUFFIX.length);
      this.addWatchFile(path);
      try {
        return troopFactsModule(readFileSync(path, 'utf8'));
      } catch (error) {
        return this.error(`${path}: ${(error as Error).message}`);
      }
    },
  };
};
