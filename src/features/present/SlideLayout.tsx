import type { ReactNode } from 'react';
import type { ResolvedCite } from '../../content/cites';
import type { Cite } from '../../content/types';
import { SlideSources } from './SlideSources';

interface SlideLayoutProps {
  readonly kicker: string;
  /** Text, or text with a visual marker (a proposal's number disc). */
  readonly title: ReactNode;
  /**
   * 'split' puts the graphic at full legible size on the right; 'complete'
   * (every step at once) shrinks it to give the text room; 'wide' has none.
   */
  readonly layout: 'split' | 'complete' | 'wide';
  readonly cites: readonly Cite[];
  /** Later reporting behind a hindsight slide, resolved by the layer. */
  readonly later?: readonly ResolvedCite[];
  readonly children: ReactNode;
  /** The graphic column of a 'split' slide. */
  readonly aside?: ReactNode;
}

/** The common bones of a slide: kicker and heading, body, sources along the bottom. */
export const SlideLayout = ({ kicker, title, layout, cites, later, children, aside }: SlideLayoutProps) => (
  <div className={layout === 'complete' ? 'slide slide--split slide--complete' : `slide slide--${layout}`}>
    <header className="slide__header">
      <p className="slide__kicker">{kicker}</p>
      <h2 className="slide__title">{title}</h2>
    </header>
    <div className="slide__body">{children}</div>
    {aside !== undefined && <div className="slide__aside">{aside}</div>}
    <footer className="slide__footer">
      <SlideSources cites={cites} later={later} />
    </footer>
  </div>
);
