import { m } from 'framer-motion';
import { letterScene as copy } from '../../../content/scenes';
import { useSceneTransition } from '../../../lib/useSceneTransition';

type LetterFocus = 'sent' | 'seen' | 'confirmed' | 'silent' | 'urgent';
const ORDER: readonly LetterFocus[] = ['sent', 'seen', 'confirmed', 'silent', 'urgent'];
/** Where the envelope rests: leaving Washington, then arrived, short of the Kabul dot and clear of its labels. */
const LETTER_X = { sent: 115, arrived: 200 } as const;

interface LetterSceneProps {
  readonly focus: LetterFocus;
}

/** The letter's journey: Washington to Kabul, who reported it, who confirmed it, who stayed silent. */
export const LetterScene = ({ focus }: LetterSceneProps) => {
  const transition = useSceneTransition();
  const level = ORDER.indexOf(focus);
  // Earlier facts stay at full opacity and step back by colour (data-current), so their words keep 4.5:1.
  const part = (step: LetterFocus) => ({
    initial: false as const,
    animate: { opacity: level >= ORDER.indexOf(step) ? 1 : 0 },
    transition,
    'data-current': focus === step,
  });
  return (
    <svg className="scene scene--letter" viewBox="0 0 400 300" role="presentation">
      <line x1="70" y1="170" x2="330" y2="170" className="scene__route" />
      <circle cx="60" cy="170" r="10" className="scene__node" />
      <circle cx="340" cy="170" r="10" className="scene__node scene__node--accent" />
      <text x="60" y="205" className="scene__label" textAnchor="middle">{copy.from.place}</text>
      <text x="60" y="224" className="scene__sublabel" textAnchor="middle">{copy.from.person}</text>
      <text x="340" y="205" className="scene__label" textAnchor="middle">{copy.to.place}</text>
      <text x="340" y="224" className="scene__sublabel" textAnchor="middle">{copy.to.person}</text>
      <m.g initial={false} animate={{ x: focus === 'sent' ? LETTER_X.sent : LETTER_X.arrived }} transition={transition}>
        <g transform="translate(45 145)">
          <rect width="60" height="40" rx="3" className="scene__envelope" />
          <path d="M0 0 L30 22 L60 0" className="scene__envelope-flap" />
          <m.g initial={false} animate={{ opacity: focus === 'urgent' ? 1 : 0, scale: focus === 'urgent' ? 1 : 1.6 }} transition={transition}>
            <rect x="-10" y="-27" width="80" height="22" rx="3" className="scene__stamp" />
            <text x="30" y="-11" textAnchor="middle" className="scene__stamp-text">{copy.urgent}</text>
          </m.g>
        </g>
      </m.g>
      <m.g className="scene__fact" {...part('seen')}>
        <text x="200" y="40" textAnchor="middle" className="scene__sublabel">{copy.seenLabel}</text>
        {copy.seenBy.map((name, index) => (
          <g key={name} transform={`translate(${index === 0 ? 52 : 192} 52)`}>
            <rect width={index === 0 ? 124 : 160} height="30" rx="15" className="scene__chip" />
            <text x={index === 0 ? 62 : 80} y="20" textAnchor="middle" className="scene__chip-text">{name}</text>
          </g>
        ))}
      </m.g>
      <m.g className="scene__fact" {...part('confirmed')}>
        <text x="392" y="262" textAnchor="end" className="scene__note">✓ {copy.confirmed}</text>
      </m.g>
      <m.g className="scene__fact" {...part('silent')}>
        <text x="10" y="286" textAnchor="start" className="scene__note">{copy.silent}</text>
      </m.g>
    </svg>
  );
};
