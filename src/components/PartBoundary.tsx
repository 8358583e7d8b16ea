import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ui } from '../content/site';

interface PartBoundaryProps {
  /** Names the part in the console message, e.g. "timeline". */
  readonly name: string;
  readonly children: ReactNode;
}

interface PartBoundaryState {
  readonly hasError: boolean;
}

/** One failing part shows a short notice; the rest of the page keeps working. */
export class PartBoundary extends Component<PartBoundaryProps, PartBoundaryState> {
  override state: PartBoundaryState = { hasError: false };

  static getDerivedStateFromError(): PartBoundaryState {
    return { hasError: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Console only: nothing leaves the reader's browser.
    console.error(`[${this.props.name}]`, error, info.componentStack);
  }

  override render() {
    if (!this.state.hasError) return this.props.children;
    return (
      <p className="part-error" role="status" data-part={this.props.name}>
        {ui.sectionErrorNotice}
      </p>
    );
  }
}
