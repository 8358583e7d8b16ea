import { describe, expect, it } from 'vitest';
import { actorGroups, actorRelations, actors } from '../../src/content/actors';
import { quoteById, resolveCite, resolveInlines } from '../../src/content/cites';
import { proposals } from '../../src/content/proposals';

// The validator checks the actors themselves; this covers the relations it does not know about,
// and the rule that quotations live in quotes.ts, where they are checked word for word.
describe('actors content', () => {
  it('names everyone the issue lists, each in a known group', () => {
    const names = actors.map((a) => a.name).join(' | ');
    for (const name of [
      'Antony Blinken', 'Ashraf Ghani', 'Zalmay Khalilzad', 'Joe Biden', 'Dawa Khan Minhapal', 'Taliban',
      'Afghan government', 'State Department', 'United Nations', 'Russia', 'China', 'Pakistan', 'Iran', 'India',
      'Turkey', 'Qatar', 'TOLOnews', 'The New York Times', 'RFE/RL', 'AP', 'Reuters',
    ]) {
      expect(names).toContain(name);
    }
    const groups = new Set<string>(actorGroups.map((g) => g.id));
    for (const actor of actors) expect(groups.has(actor.group), actor.id).toBe(true);
  });

  it('attributes Minhapal’s title to RFE/RL, the only source that gives it', () => {
    expect(actors.find((a) => a.id === 'minhapal')?.roleAttribution).toMatch(/according to RFE\/RL/);
  });

  it('keeps quotation marks out of roles and summaries (quotes belong in quotes.ts)', () => {
    for (const actor of actors) {
      expect(actor.summary, actor.id).not.toMatch(/[“”"]/);
      expect(actor.role, actor.id).not.toMatch(/[“”"]/);
    }
  });

  it('gives relations known actors, proposals, quotes and citations', () => {
    const actorIds = new Set<string>(actors.map((a) => a.id));
    const proposalIds = new Set<string>(proposals.map((p) => p.id));
    expect(new Set(actorRelations.map((r) => r.id)).size).toBe(actorRelations.length);
    for (const relation of actorRelations) {
      for (const id of [...relation.from, ...relation.to]) expect(actorIds.has(id), `${relation.id}: ${id}`).toBe(true);
      for (const id of relation.proposals) expect(proposalIds.has(id), `${relation.id}: ${id}`).toBe(true);
      expect(relation.cites.length, relation.id).toBeGreaterThan(0);
      for (const cite of relation.cites) expect(resolveCite(cite), `${relation.id}: ${cite}`).not.toBeNull();
      for (const inline of relation.text) {
        if (typeof inline === 'string') expect(inline, relation.id).not.toMatch(/[“”"]/);
        else expect(quoteById(inline.quote), `${relation.id}: ${inline.quote}`).toBeDefined();
      }
      expect(resolveInlines(relation.text).length).toBe(relation.text.length);
    }
  });

  it('cites, for each relation quote, the paragraph the quote comes from', () => {
    for (const relation of actorRelations) {
      for (const inline of relation.text) {
        if (typeof inline === 'string') continue;
        const paragraph = quoteById(inline.quote)!.paragraph;
        expect(relation.cites.some((c) => c.split('.')[0] === paragraph), `${relation.id}: ${inline.quote}`).toBe(true);
      }
    }
  });
});
