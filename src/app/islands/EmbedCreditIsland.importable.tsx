import { EmbedCredit } from '../../features/embed/EmbedCredit';
import { embedPartOrNull } from '../mode';
import type { IslandProps } from './types';

/** The embed's credit line, which adds the full address inside sandboxed frames. */
export const EmbedCreditIsland = ({ part }: IslandProps['embedCredit']) => {
  const known = embedPartOrNull(part);
  return known === null ? null : <EmbedCredit part={known} />;
};
