import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ID_PREFIX,
  parseProposalHash,
  proposalDomIds,
  serializeProposalHash,
} from '../../../src/features/proposals/proposalAnchors';

const parse = (hash: string) => parseProposalHash(hash, DEFAULT_ID_PREFIX, 4);
const serialize = (numbers: readonly number[]) => serializeProposalHash(numbers, DEFAULT_ID_PREFIX);

/** Every set of open cards 1..4, as sorted lists (the empty one included). */
const allSubsets = Array.from({ length: 16 }, (_, mask) => [1, 2, 3, 4].filter((n) => (mask >> (n - 1)) & 1));

describe('proposal ids', () => {
  it('derive the card, toggle and panel ids from one prefix, so two copies on a page never clash', () => {
    expect(proposalDomIds('proposal-', 3)).toEqual({
      card: 'proposal-3',
      toggle: 'proposal-3-toggle',
      panel: 'proposal-3-panel',
    });
    const slide = proposalDomIds('slide-proposal-', 3);
    expect(Object.values(slide).some((id) => Object.values(proposalDomIds('proposal-', 3)).includes(id))).toBe(false);
  });
});

describe('parseProposalHash', () => {
  it('reads one card, which is also the card’s own element id', () => {
    expect(parse('#proposal-3')).toEqual([3]);
    expect(parse('proposal-1')).toEqual([1]);
  });

  it('reads several cards, sorted, without repeats, percent-encoded or not', () => {
    expect(parse('#proposal-3,1')).toEqual([1, 3]);
    expect(parse('#proposal-1,1,4')).toEqual([1, 4]);
    expect(parse('#proposal-1%2C3')).toEqual([1, 3]);
  });

  it('ignores numbers that name no card, and drops unknown entries from an otherwise valid list', () => {
    expect(parse('#proposal-0')).toBeNull();
    expect(parse('#proposal-5')).toBeNull();
    expect(parse('#proposal-99')).toBeNull();
    expect(parse('#proposal-03')).toBeNull();
    expect(parse('#proposal--1')).toBeNull();
    expect(parse('#proposal-1.5')).toBeNull();
    expect(parse('#proposal-1e3')).toBeNull();
    expect(parse('#proposal-99999999999999999999999')).toBeNull();
    expect(parse('#proposal-2,99,x')).toEqual([2]);
  });

  it('ignores other features’ fragments, our own element ids that are not cards, and garbage, without throwing', () => {
    for (const hash of [
      '',
      '#',
      '#main',
      '#actor-ghani',
      '#event-doha-agreement',
      '#step-proposal-turkey',
      '#proposal-',
      '#proposal-3-toggle',
      '#proposal-3-panel',
      '#Proposal-3',
      '#%',
      '#%E0%A4%A',
      '#<script>alert(1)</script>',
      '#"><img src=x onerror=alert(1)>',
      '#__proto__',
      '#constructor',
      `#proposal-${'1,'.repeat(5000)}2`,
    ]) {
      expect(() => parse(hash)).not.toThrow();
      expect(parse(hash)).toBeNull();
    }
  });

  it('never throws and only ever returns valid card numbers, for arbitrary input', () => {
    // A small seeded generator stands in for a property-testing library.
    let seed = 20210307;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const alphabet = ['proposal-', '#', '%', ',', '-', '0', '1', '3', '4', '9', 'E', 'A', '<', '>', 'é', '\u0000', ' '];
    for (let i = 0; i < 2000; i += 1) {
      const hash = Array.from({ length: Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const result = parse(hash);
      if (result === null) continue;
      expect(result.length).toBeGreaterThan(0);
      expect(result.every((n) => Number.isInteger(n) && n >= 1 && n <= 4)).toBe(true);
      expect([...result].sort((a, b) => a - b)).toEqual(result);
    }
  });
});

describe('serializeProposalHash', () => {
  it('writes one card as the card’s own id and several as a sorted list', () => {
    expect(serialize([3])).toBe('#proposal-3');
    expect(serialize([3])).toBe(`#${proposalDomIds(DEFAULT_ID_PREFIX, 3).card}`);
    expect(serialize([4, 1, 4])).toBe('#proposal-1,4');
    expect(serialize([])).toBe('');
  });

  it('round-trips every set of open cards through the parser', () => {
    for (const subset of allSubsets.filter((open) => open.length > 0)) expect(parse(serialize(subset))).toEqual(subset);
  });

  it('round-trips with another prefix, which the default prefix does not read', () => {
    const hash = serializeProposalHash([2, 3], 'embed-proposal-');
    expect(parseProposalHash(hash, 'embed-proposal-', 4)).toEqual([2, 3]);
    expect(parse(hash)).toBeNull();
  });
});
