/** Geometry of the proposals graphic, in its 400×310 viewBox. */

export const CHIP = { height: 28, country: 90 } as const;

/** The six summit countries, two rows of three inside the summit's frame. */
export const countryChip = (index: number): { readonly x: number; readonly y: number } => ({
  x: 100 + (index % 3) * 98,
  y: 34 + Math.floor(index / 3) * 32,
});

/** Where the day bars start, and how wide the longest (90 days) may be. */
export const BAR_X = 28;
const DAY_PX = 300 / 90;

export const barWidth = (days: number): number => Math.round(days * DAY_PX);

/** An arrowhead at (x2, y2), pointing along the line from (x1, y1), as polygon points. */
export const arrowHead = (x1: number, y1: number, x2: number, y2: number, size = 9): string => {
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const corner = (turn: number) =>
    `${(x2 - size * Math.cos(angle + turn)).toFixed(1)},${(y2 - size * Math.sin(angle + turn)).toFixed(1)}`;
  return `${x2},${y2} ${corner(0.45)} ${corner(-0.45)}`;
};
