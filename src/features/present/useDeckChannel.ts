import { useEffect, useEffectEvent, useRef, useState, type Dispatch } from 'react';
import { DECK_CHANNEL, parseDeckMessage, type DeckMessage } from './deckMessage';
import type { DeckAction, DeckState } from './deckState';

const openChannel = (): BroadcastChannel | null => {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(DECK_CHANNEL) : null;
  } catch {
    return null;
  }
};

/**
 * Links the audience deck and the speaker notes window. A window that opens
 * says hello and adopts the answer; every local move is posted; moves that
 * came from the other window are not posted back. Closing either window
 * leaves the other working on its own. Returns whether the link exists.
 */
export const useDeckChannel = (state: DeckState, dispatch: Dispatch<DeckAction>): boolean => {
  const channel = useRef<BroadcastChannel | null>(null);
  const [isLinked, setIsLinked] = useState(false);
  const snapshot = (): DeckMessage => ({ type: 'state', slide: state.slide, step: state.step, isBlackedOut: state.isBlackedOut });
  const post = (message: DeckMessage) => {
    try {
      channel.current?.postMessage(message);
    } catch {
      // A closed channel: the other window is gone, this one carries on.
    }
  };
  const receive = useEffectEvent((data: unknown) => {
    const message = parseDeckMessage(data, state.stepCounts.length);
    if (message?.type === 'hello') post(snapshot());
    if (message?.type === 'state') dispatch({ type: 'sync', slide: message.slide, step: message.step, isBlackedOut: message.isBlackedOut });
  });
  const announce = useEffectEvent(() => {
    if (state.origin === 'local') post(snapshot());
  });

  useEffect(() => {
    const opened = openChannel();
    channel.current = opened;
    setIsLinked(opened !== null);
    if (opened === null) return undefined;
    opened.onmessage = (event: MessageEvent) => receive(event.data);
    post({ type: 'hello' });
    return () => {
      opened.close();
      channel.current = null;
    };
  }, []);

  useEffect(() => announce(), [state.slide, state.step, state.isBlackedOut]);

  return isLinked;
};
