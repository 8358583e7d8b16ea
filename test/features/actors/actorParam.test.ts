import { describe, expect, it } from 'vitest';
import { actors } from '../../../src/content/actors';
import { parseActorParam, withActorParam } from '../../../src/features/actors/actorParam';

describe('parseActorParam', () => {
  it('returns a known actor id', () => {
    expect(parseActorParam('?actor=khalilzad')).toBe('khalilzad');
    expect(parseActorParam('?childId=x&actor=united-nations&initialWidth=600')).toBe('united-nations');
  });

  it('accepts every actor in the content model', () => {
    for (const actor of actors) expect(parseActorParam(`?actor=${actor.id}`)).toBe(actor.id);
  });

  it.each([
    ['no query', ''],
    ['no actor', '?present'],
    ['an empty value', '?actor='],
    ['an unknown id', '?actor=nobody'],
    ['a script tag', '?actor=<script>alert(1)</script>'],
    ['an encoded script tag', '?actor=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
    ['a lone percent sign', '?actor=%'],
    ['broken UTF-8', '?actor=%E0%A4%A'],
    ['a prototype key', '?actor=__proto__'],
    ['another prototype key', '?actor=constructor'],
    ['a different case', '?actor=Khalilzad'],
    ['surrounding spaces', '?actor=%20khalilzad%20'],
    ['a huge number', `?actor=${'9'.repeat(400)}`],
    ['a very long value', `?actor=${'khalilzad'.repeat(2000)}`],
    ['an unknown id first (first value wins)', '?actor=nobody&actor=khalilzad'],
  ])('returns null for %s, without throwing', (_label, search) => {
    expect(parseActorParam(search)).toBeNull();
  });
});

describe('withActorParam', () => {
  it('adds, replaces and removes the actor', () => {
    expect(withActorParam('', 'ghani')).toBe('?actor=ghani');
    expect(withActorParam('?actor=ghani', 'khalilzad')).toBe('?actor=khalilzad');
    expect(withActorParam('?actor=ghani', null)).toBe('');
    expect(withActorParam('', null)).toBe('');
  });

  it('keeps pym’s parameters byte for byte, in their order', () => {
    const pym =
      '?initialWidth=640&childId=explainer-1&parentTitle=A+page%20title&parentUrl=https%3A%2F%2Fcms.test%2Fstory%3Fa%3D1%26b%3D2';
    expect(withActorParam(pym, 'khalilzad')).toBe(`${pym}&actor=khalilzad`);
    expect(withActorParam(`${pym}&actor=khalilzad`, null)).toBe(pym);
  });

  it('keeps valueless flags such as ?present as written', () => {
    expect(withActorParam('?present', 'turkey')).toBe('?present&actor=turkey');
  });

  it('drops every earlier actor value, however it was encoded', () => {
    expect(withActorParam('?actor=a&x=1&actor=b&act%6Fr=c', 'qatar')).toBe('?x=1&actor=qatar');
  });

  it('never throws on malformed input and keeps what it cannot decode', () => {
    expect(withActorParam('?%E0%A4%A=1&%', 'iran')).toBe('?%E0%A4%A=1&%&actor=iran');
    expect(withActorParam('?&&', null)).toBe('');
  });

  it('round-trips with parseActorParam', () => {
    for (const actor of actors) {
      expect(parseActorParam(withActorParam('?childId=x', actor.id))).toBe(actor.id);
    }
    expect(parseActorParam(withActorParam('?actor=khalilzad', null))).toBeNull();
  });
});
