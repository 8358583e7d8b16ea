import { describe, expect, it } from 'vitest';
import { actors } from '../../../src/content/actors';
import { actorById } from '../../../src/content/cites';
import { emblemSaysName, emblemText } from '../../../src/features/actors/emblem';

const emblemOf = (id: string) => emblemText(actorById(id)!);

describe('emblemText', () => {
  it('uses initials for people, country codes for governments, abbreviations for organisations', () => {
    expect(emblemOf('khalilzad')).toBe('ZK');
    expect(emblemOf('minhapal')).toBe('DM');
    expect(emblemOf('russia')).toBe('RUS');
    expect(emblemOf('united-states')).toBe('USA');
    expect(emblemOf('united-nations')).toBe('UN');
    expect(emblemOf('state-department')).toBe('SD');
    expect(emblemOf('nyt')).toBe('NYT');
    expect(emblemOf('rferl')).toBe('RFE');
  });

  it('gives every actor one to three capital letters, unique across the panel', () => {
    const emblems = actors.map(emblemText);
    for (const emblem of emblems) expect(emblem).toMatch(/^[A-Z]{1,3}$/);
    expect(new Set(emblems).size).toBe(emblems.length);
  });

  it('knows when the emblem already spells the short name', () => {
    expect(emblemSaysName(actorById('united-nations')!)).toBe(true);
    expect(emblemSaysName(actorById('united-states')!)).toBe(false);
    expect(emblemSaysName(actorById('turkey')!)).toBe(false);
  });
});
