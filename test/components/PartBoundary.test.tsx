import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PartBoundary } from '../../src/components/PartBoundary';

const Broken = (): never => {
  throw new Error('part failed');
};

describe('PartBoundary', () => {
  it('shows a short notice in place of a failing part and keeps its siblings', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <main>
        <PartBoundary name="timeline">
          <Broken />
        </PartBoundary>
        <PartBoundary name="actors">
          <p>Actors still here</p>
        </PartBoundary>
      </main>,
    );
    expect(screen.getByRole('status').textContent).toMatch(/could not be shown/);
    expect(screen.getByText('Actors still here')).toBeTruthy();
    expect(consoleError).toHaveBeenCalledWith('[timeline]', expect.any(Error), expect.anything());
    consoleError.mockRestore();
  });
});
