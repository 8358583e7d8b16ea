import type { ReactNode } from 'react';

interface VisuallyHiddenProps {
  readonly children: ReactNode;
  readonly id?: string;
}

/** Read by screen readers, not shown. */
export const VisuallyHidden = ({ children, id }: VisuallyHiddenProps) => (
  <span className="visually-hidden" id={id}>
    {children}
  </span>
);
