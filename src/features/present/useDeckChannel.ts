import { useEffect, useEffectEvent, useRef, useState, type Dispatch } from 'react';
import { DECK_CHANNEL, isFromPartner, parseDeckMessage, type DeckBody, type DeckLink } from './deckMessage';
import type { DeckAction, DeckState } from './deckState';

const HELLO: DeckBody = { type: 'hello' };

const openChannel = (): BroadcastChannel | null => {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(DECK_CHANNEL) : null;
  } catch {
    return null;
  }
};

/**
 * Links a deck and the notes window it opened (one pair; `link` null links
 * nothing). The deck's own URL decides where it starts, so a deck never adopts
 * state on start-up: it says hello, and its notes window asks for its state.
 * A notes window says hello and adopts its deck's answer. Every local move is
 * posted; moves that came from the partner are not posted back. Messages of
 * other pairs, and of windows of the same role, are ignored. Closing either
 * window leaves the other working on its own. Returns whether the link exists.
 * `link` must not change during the component's life.
 */
export const useDeckChannel = (state: DeckState, dispatch: Dispatch<DeckAction>, link: DeckLink | null): boolean => {
  const channel = useRef<BroadcastChannel | null>(null);
  const [isLinked, setIsLinked] = useState(false);
  const post = (body: DeckBody) => {
    if (link === null) return;
    try {
      channel.current?.postMessage({ ...body, from: link.role, pair: link.pair });
    } catch {
      // A closed channel: the other window is gone, this one carries on.
    }
  };
  const snapshot = (): DeckBody => ({ type: 'state', slide: state.slide, step: state.step, isBlackedOut: state.isBlackedOut });
  const receive = useEffectEvent((data: unknown) => {
    const message = parseDeckMessage(data, state.stepCounts.length);
    if (link === null || message === null || !isFromPartner(message, link)) return;
    // Answered when asked, so the state sent is the one on screen by then.
    if (message.type === 'hello') post(link.role === 'deck' ? snapshot() : HELLO);
    else dispatch({ type: 'sync', slide: message.slide, step: message.step, isBlackedOut: message.isBlackedOut });
  });
  const start = useEffectEvent(() => post(HELLO));
  const announce = useEffectEvent(() => {
    if (state.origin === 'local') post(snapshot());
  });

  const isPaired = link !== null;
  useEffect(() => {
    const opened = isPaired ? openChannel() : null;
    channel.current = opened;
    setIsLinked(opened !== null);
    if (opened === null) return undefined;
    opened.onmessage = (event: MessageEvent) => receive(event.data);
    start();
    return () => {
      opened.close();
      channel.current = null;
    };
  }, [isPaired]);

  useEffect(() => announce(), [state.slide, state.step, state.isBlackedOut]);

  return isLinked;
};
