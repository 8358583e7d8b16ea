import { m } from 'framer-motion';
import { useRef, type FocusEvent } from 'react';
import { PartBoundary } from '../../components/PartBoundary';
import type { HindsightLayer } from '../../content/hindsightLayer';
import { ui } from '../../content/site';
import { clearFocusFromUnder } from '../../lib/focusClearance';
import { useHydrated } from '../../lib/useHydrated';
import { AfterScene } from './AfterScene';
import { HindsightStep } from './HindsightStep';
import { HindsightSwitch } from './HindsightSwitch';

interface HindsightSectionProps {
  readonly layer: HindsightLayer;
  /** The story step at the middle of the screen, page-wide; null above the story or when flat. */
  readonly activeId: string | null;
  /** True unrolls the steps (embeds, print): no sticky graphic. */
  readonly isFlat: boolean;
  readonly isOn: boolean;
  /** Null where the switch has no page to change (an embedded story). */
  readonly onToggle: ((isOn: boolean, button: HTMLButtonElement) => void) | null;
}

/**
 * "What happened next", in the story's own form: steps past a sticky graphic.
 * Always on the page (its heading says it is hindsight); the switch at its top
 * adds the same layer to the rest of the page.
 */
export const HindsightSection = ({ layer, activeId, isFlat, isOn, onToggle }: HindsightSectionProps) => {
  const isHydrated = useHydrated();
  const graphicRef = useRef<HTMLDivElement>(null);
  const active = layer.steps.find((step) => step.id === activeId);
  const shown = active ?? layer.steps[0];
  const handleFocus = (event: FocusEvent<HTMLOListElement>) => clearFocusFromUnder(graphicRef.current, event.target);
  return (
    <div className="hindsight">
      {onToggle !== null && <HindsightSwitch isOn={isOn} onToggle={onToggle} showsHint={false} />}
      <PartBoundary name="hindsight-steps">
        <div className={isFlat ? 'hindsight__flat' : 'scrolly'}>
          {isFlat && shown !== undefined && (
            <div className="hindsight__graphic" aria-hidden="true">
              <AfterScene layer={layer} step={layer.steps[layer.steps.length - 1] ?? shown} />
            </div>
          )}
          {!isFlat && (
            <div className="scrolly__graphic" aria-hidden="true" ref={graphicRef}>
              {shown !== undefined && (
                <m.div className="scrolly__frame" initial={isHydrated ? { opacity: 0, y: 8 } : false} animate={{ opacity: 1, y: 0 }} data-graphic-step={shown.id}>
                  <AfterScene layer={layer} step={shown} />
                </m.div>
              )}
            </div>
          )}
          <ol className={isFlat ? 'flat-steps' : 'scrolly__steps'} aria-label={ui.stepsLabel} onFocus={handleFocus}>
            {layer.steps.map((step) => (
              <HindsightStep key={step.id} step={step} layer={layer} isActive={!isFlat && step.id === shown?.id && active !== undefined} />
            ))}
          </ol>
        </div>
      </PartBoundary>
    </div>
  );
};
