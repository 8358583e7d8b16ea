import { m, type Transition } from 'framer-motion';
import type { ReactNode } from 'react';
import { actorById } from '../../content/cites';
import { proposals } from '../../content/proposals';
import { countdownScene, proposalsScene as copy } from '../../content/scenes';
import { site } from '../../content/site';
import type { ProposalId } from '../../content/types';
import { daysBetween } from '../../lib/dates';
import { useSceneTransition } from '../../lib/useSceneTransition';
import { arrowHead, BAR_X, barWidth, CHIP, countryChip } from './proposalsSceneLayout';

interface ProposalsSceneProps {
  /** The proposal the step is about: it and every one before it are drawn. */
  readonly focus: ProposalId;
}

const shortName = (actorId: string): string => actorById(actorId)?.shortName ?? actorId;

/**
 * The proposals graphic, built one proposal per step: the UN and the six
 * governments of the proposed summit; Khalilzad's written proposals to both
 * sides; their meeting in Turkey; a 90-day bar set against the 55 days left
 * to May 1. Earlier layers stay, stepped back by colour and weight (their
 * words keep 4.5:1); a new layer fades and slides in, and only then.
 */
export const ProposalsScene = ({ focus }: ProposalsSceneProps) => {
  const transition = useSceneTransition();
  const level = Math.max(0, proposals.findIndex((proposal) => proposal.id === focus));
  const daysLeft = daysBetween(site.asOf, site.deadline);
  const layer = (index: number, children: ReactNode) => (
    <Layer index={index} level={level} transition={transition}>
      {children}
    </Layer>
  );
  return (
    <svg className="scene scene--proposals" viewBox="0 0 400 310" role="presentation">
      {layer(
        0,
        <>
          <Disc index={0} cy={14} />
          <text x="28" y="19" className="pscene__title">
            {proposals[0]?.title} <tspan className="pscene__tag">· {copy.proposed}</tspan>
          </text>
          <line x1="62" y1="64" x2="92" y2="64" className="pscene__link" />
          <circle cx="40" cy="64" r="22" className="pscene__hub" />
          <text x="40" y="69" textAnchor="middle" className="pscene__hub-text">{copy.hub}</text>
          <rect x="92" y="30" width="302" height="68" rx="10" className="pscene__group" />
          {copy.summitCountries.map((id, index) => {
            const chip = countryChip(index);
            return <Chip key={id} x={chip.x} y={chip.y} width={CHIP.country} label={shortName(id)} />;
          })}
        </>,
      )}
      {layer(
        1,
        <>
          <Disc index={1} cy={124} />
          <text x="258" y="129" className="pscene__note">{copy.writtenLabel}</text>
          <Chip x={150} y={110} width={100} label={shortName(copy.envoy)} />
          <line x1="182" y1="138" x2="100" y2="164" className="pscene__link" />
          <polygon points={arrowHead(182, 138, 100, 164)} className="pscene__head" />
          <line x1="218" y1="138" x2="300" y2="164" className="pscene__link" />
          <polygon points={arrowHead(218, 138, 300, 164)} className="pscene__head" />
          <Chip x={4} y={166} width={168} label={copy.governmentLabel} />
          <Chip x={228} y={166} width={168} label={shortName(copy.taliban)} />
        </>,
      )}
      {layer(
        2,
        <>
          <Disc index={2} cy={220} />
          <line x1="88" y1="194" x2="88" y2="206" className="pscene__link" />
          <line x1="312" y1="194" x2="312" y2="206" className="pscene__link" />
          <Chip x={40} y={206} width={320} label={proposals[2]?.title ?? ''} />
        </>,
      )}
      {layer(
        3,
        <>
          <Disc index={3} cy={255} />
          <text x="28" y="260" className="pscene__title">{proposals[3]?.title}</text>
          <rect x={BAR_X} y="268" width={barWidth(copy.violenceDays)} height="20" rx="4" className="pscene__bar" />
          <text x={BAR_X + 8} y="283" className="pscene__bar-text">{copy.violenceBar}</text>
          <rect x={BAR_X} y="295" width={barWidth(daysLeft)} height="5" rx="2" className="pscene__axis" />
          <text x={BAR_X + barWidth(daysLeft) + 6} y="302" className="pscene__note">
            {countdownScene.from} → {countdownScene.to}: {daysLeft} {countdownScene.unit}
          </text>
        </>,
      )}
    </svg>
  );
};

interface LayerProps {
  readonly index: number;
  readonly level: number;
  readonly transition: Transition;
  readonly children: ReactNode;
}

/** One proposal's part of the drawing: hidden until its step, current on it, stepped back after. */
const Layer = ({ index, level, transition, children }: LayerProps) => {
  const isShown = level >= index;
  return (
    <m.g
      className="pscene__layer"
      data-current={level === index}
      initial={false}
      animate={{ opacity: isShown ? 1 : 0, y: isShown ? 0 : 8 }}
      transition={transition}
    >
      {children}
    </m.g>
  );
};

/** The proposal's number, as on its card. */
const Disc = ({ index, cy }: { readonly index: number; readonly cy: number }) => (
  <>
    <circle cx="12" cy={cy} r="11" className="pscene__disc" />
    <text x="12" y={cy + 5} textAnchor="middle" className="pscene__disc-text">{index + 1}</text>
  </>
);

interface ChipProps {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly label: string;
}

const Chip = ({ x, y, width, label }: ChipProps) => (
  <>
    <rect x={x} y={y} width={width} height={CHIP.height} rx={CHIP.height / 2} className="pscene__chip" />
    <text x={x + width / 2} y={y + 19} textAnchor="middle" className="pscene__chip-text">{label}</text>
  </>
);
