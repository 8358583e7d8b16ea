/**
 * The ids of the later events (hindsight.ts), alone: the address parser knows
 * `#event-<id>` links to them without loading the layer. The validator checks
 * this list against the events themselves.
 */
export const hindsightEventIds = [
  'draft-agreement-public',
  'un-envoy-named',
  'moscow-troika',
  'ghani-early-elections',
  'ghani-counter-plan',
  'istanbul-announced',
  'biden-withdrawal-decision',
  'blinken-kabul-visit',
  'istanbul-postponed',
  'troika-doha',
  'withdrawal-begins',
  'taliban-offensive',
  'eid-ceasefire',
  'biden-meets-ghani',
  'bagram-handed-over',
  'end-date-august-31',
  'miller-hands-over',
  'doha-high-level-talks',
  'zaranj-falls',
  'minhapal-killed',
  'herat-kandahar-fall',
  'biden-authorizes-5000',
  'taliban-enter-kabul',
  'biden-defends-withdrawal',
  'abbey-gate-bombing',
  'last-us-flight',
  'taliban-interim-government',
  'first-passenger-flight',
  'us-taliban-doha-talks',
  'khalilzad-steps-down',
] as const;

export type HindsightEventId = (typeof hindsightEventIds)[number];
