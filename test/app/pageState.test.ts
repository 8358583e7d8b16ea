// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addressStore, followAddress, selectActor, setHindsight, setOpenProposals } from '../../src/app/pageState';

// The app is the one owner of the address: it reads it with the one parser on every
// navigation, and records the reader's changes without new history entries.
const goTo = (url: string) => window.history.replaceState(null, '', url);
const navigate = (url: string) => {
  goTo(url);
  window.dispatchEvent(new PopStateEvent('popstate'));
};

beforeEach(() => {
  followAddress();
  navigate('/');
});
afterEach(() => navigate('/'));

describe('the page address', () => {
  it('reads every navigation with the one parser, counting navigations', () => {
    const before = addressStore.get().navigation;
    navigate('/?actor=khalilzad#proposal-3,1');
    expect(addressStore.get().location).toMatchObject({ actor: 'khalilzad', openProposals: [1, 3], event: null });
    window.location.hash = '#event-doha-agreement';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(addressStore.get().location.event).toBe('doha-agreement');
    expect(addressStore.get().navigation).toBe(before + 2);
  });

  it.each(['/?actor=__proto__#proposal-99', '/?actor=%E0%A4%A#%', '/?actor=<script>#event-nope'])('reads %s as nothing asked for', (url) => {
    navigate(url);
    expect(addressStore.get().location).toMatchObject({ actor: null, openProposals: [], event: null });
  });

  it('records the open cards in the fragment, keeps the query, adds no history entry and no navigation', () => {
    navigate('/?childId=x');
    const { length } = window.history;
    const { navigation } = addressStore.get();
    setOpenProposals([1, 3]);
    expect(`${window.location.search}${window.location.hash}`).toBe('?childId=x#proposal-1,3');
    setOpenProposals([]);
    expect(window.location.hash).toBe('');
    expect(window.history.length).toBe(length);
    expect(addressStore.get().navigation).toBe(navigation);
    expect(addressStore.get().location.openProposals).toEqual([]);
  });

  it('leaves another fragment alone when every card is closed', () => {
    navigate('/#actor-ghani');
    setOpenProposals([]);
    expect(window.location.hash).toBe('#actor-ghani');
  });

  it('records the actor selection in ?actor=, keeping every other parameter', () => {
    navigate('/?childId=ex-1#proposal-2');
    selectActor('turkey');
    expect(`${window.location.search}${window.location.hash}`).toBe('?childId=ex-1&actor=turkey#proposal-2');
    expect(addressStore.get().location.actor).toBe('turkey');
    selectActor(null);
    expect(window.location.search).toBe('?childId=ex-1');
    expect(addressStore.get().location.actor).toBeNull();
  });

  it('leaves an unknown ?actor= untouched until the reader selects someone', () => {
    navigate('/?actor=nobody');
    selectActor(null);
    expect(window.location.search).toBe('?actor=nobody');
  });

  it('records the hindsight switch in ?hindsight, keeping every other parameter and the fragment, without a navigation', () => {
    navigate('/?embed=timeline&childId=ex-1#event-doha-agreement');
    const { navigation } = addressStore.get();
    setHindsight(true);
    expect(`${window.location.search}${window.location.hash}`).toBe('?embed=timeline&childId=ex-1&hindsight#event-doha-agreement');
    expect(addressStore.get().location.hindsight).toBe(true);
    setHindsight(false);
    expect(window.location.search).toBe('?embed=timeline&childId=ex-1');
    expect(addressStore.get()).toMatchObject({ navigation, location: { hindsight: false } });
  });
});
