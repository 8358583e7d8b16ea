import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLocation, serializeLocation, type AppLocation } from '../../src/app/location';
import { actors } from '../../src/content/actors';
import { hindsightEventIds } from '../../src/content/hindsightEventIds';
import { timelineEvents } from '../../src/content/timeline';

const actorIds = new Set(actors.map((a) => a.id as string));
const eventIds = new Set([...timelineEvents.map((e) => e.id as string), ...hindsightEventIds]);

/** Every field within its valid range. */
const isValid = (location: AppLocation): boolean =>
  (location.actor === null || actorIds.has(location.actor)) &&
  (location.event === null || eventIds.has(location.event)) &&
  location.openProposals.every((n, i, all) => Number.isInteger(n) && n >= 1 && n <= 4 && (i === 0 || all[i - 1]! < n)) &&
  (location.slide === null || (location.mode.kind === 'present' && Number.isInteger(location.slide) && location.slide >= 0 && location.slide < 1000));

/** Random addresses: hostile text, web-shaped query strings and fragments, and real-looking ones. */
const search = fc.oneof(
  fc.string({ unit: 'binary' }).map((s) => `?${s}`),
  fc.webQueryParameters().map((q) => `?${q}`),
  fc
    .record({
      mode: fc.constantFrom('', 'present&', 'embed=timeline&', 'embed=nope&', 'present&view=notes&'),
      slide: fc.oneof(fc.constant(''), fc.string().map((s) => `slide=${encodeURIComponent(s)}&`), fc.integer().map((n) => `slide=${n}&`)),
      actor: fc.oneof(fc.constant(''), fc.constantFrom(...actorIds).map((id) => `actor=${id}&`), fc.string().map((s) => `actor=${s}&`)),
      hindsight: fc.constantFrom('', 'hindsight&', 'hindsight=0&', 'hindsight=%E0%A4%A&', 'hindsight=1&hindsight=off&'),
    })
    .map(({ mode, slide, actor, hindsight }) => `?${mode}${hindsight}${slide}${actor}`),
);
const hash = fc.oneof(
  fc.string({ unit: 'binary' }).map((s) => `#${s}`),
  fc.webFragments().map((f) => `#${f}`),
  fc.array(fc.integer({ min: -2, max: 9 }), { maxLength: 5 }).map((ns) => `#proposal-${ns.join(',')}`),
  fc.constantFrom(...eventIds, 'nope', '__proto__').map((id) => `#event-${id}`),
);

describe('parseLocation', () => {
  it('never throws, and always answers with valid values', () => {
    fc.assert(
      fc.property(search, hash, fc.string({ unit: 'binary' }), (s, h, p) => {
        expect(isValid(parseLocation({ search: s, hash: h, pathname: `/${p}` }))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent: parsing the address of a parsed location gives the same location', () => {
    fc.assert(
      fc.property(search, hash, (s, h) => {
        const once = parseLocation({ search: s, hash: h });
        const twice = parseLocation(serializeLocation(once));
        // A fragment holds cards or an event, never both (cards win), so compare what the address can carry.
        expect(twice).toEqual(once.openProposals.length > 0 ? { ...once, event: null } : once);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['?present&slide=-1', { slide: 0 }],
    ['?present&slide=abc', { slide: null }],
    // The deck clamps this to its last slide (test/features/present/slideUrl.test.ts).
    ['?present&slide=1e309', { slide: 999 }],
    ['?present&slide=5', { slide: 4 }],
    ['?actor=%3Cscript%3Ealert(1)%3C%2Fscript%3E', { actor: null }],
    ['?actor=khalilzad', { actor: 'khalilzad' }],
    ['?%E0%A4%A', { actor: null, slide: null }],
    ['?embed=nope', { slide: null }],
    ['?hindsight', { hindsight: true }],
    ['?embed=timeline&hindsight=1', { hindsight: true, mode: { kind: 'embed', part: 'timeline', theme: null } }],
    ['?present&hindsight&slide=3', { hindsight: true, slide: 2 }],
    ['?hindsight=off', { hindsight: false }],
    ['?', { hindsight: false }],
  ])('reads %s', (s, expected) => {
    expect(parseLocation({ search: s, hash: '' })).toMatchObject(expected);
  });

  it.each([
    ['#proposal-99', []],
    ['#proposal-0', []],
    ['#%', []],
    ['#proposal-3', [3]],
    ['#proposal-3,1,3', [1, 3]],
  ])('reads the fragment %s as open cards %j', (h, expected) => {
    expect(parseLocation({ search: '', hash: h }).openProposals).toEqual(expected);
  });

  it('knows links to later events, which the timeline opens once hindsight is on', () => {
    expect(parseLocation({ search: '', hash: '#event-moscow-troika' }).event).toBe('moscow-troika');
    expect(parseLocation({ search: '', hash: '#event-moscow-troikax' }).event).toBeNull();
  });
});
