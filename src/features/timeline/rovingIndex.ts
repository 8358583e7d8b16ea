type AxisOrientation = 'horizontal' | 'vertical';

/**
 * Where a key moves focus in a roving-tabindex group laid out along an axis:
 * Left/Right always, Up/Down only when the axis is vertical (so they still
 * scroll the page beside a horizontal one), Home/End to the ends. Stops at
 * the ends rather than wrapping, as a time axis does. Null: not our key.
 */
export const nextRovingIndex = (key: string, current: number, count: number, orientation: AxisOrientation): number | null => {
  if (count <= 0) return null;
  const isVertical = orientation === 'vertical';
  const clamp = (index: number) => Math.min(count - 1, Math.max(0, index));
  switch (key) {
    case 'ArrowRight':
      return clamp(current + 1);
    case 'ArrowLeft':
      return clamp(current - 1);
    case 'ArrowDown':
      return isVertical ? clamp(current + 1) : null;
    case 'ArrowUp':
      return isVertical ? clamp(current - 1) : null;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
};
