import { m } from 'framer-motion';
import { letterScene as copy } from '../../../content/scenes';
import { sceneTransition } from '../../../lib/motion';

type LetterFocus = 'sent' | 'seen' | 'confirmed' | 'silent' | 'urgent';
const ORDER: readonly LetterFocus[] = ['sent', 'seen', 'confirmed', 'silent', 'urgent'];

interface LetterSceneProps {
  readonly focus: LetterFocus;
}

/** The letter's journey: Washington to Kabul, who reported it, who confirmed it, who stayed silent. */
export const LetterScene = ({ focus }: LetterSceneProps) => {
  const level = ORDER.indexOf(focus);
  const show = (step: LetterFocus) => ({ opacity: level >= ORDER.indexOf(step) ? (focus === step ? 1 : 0.55) : 0 });
  return (
    <svg className="scene scene--letter" viewBox="0 0 400 300" role="presentation">
      <line x1="70" y1="170" x2="330" y2="170" className="scene__route" />
      <circle cx="60" cy="170" r="10" className="scene__node" />
      <circle cx="340" cy="170" r="10" className="scene__node scene__node--accent" />
      <text x="60" y="205" className="scene__label" textAnchor="middle">{copy.from.place}</text>
      <text x="60" y="224" className="scene__sublabel" textAnchor="middle">{copy.from.person}</text>
      <text x="340" y="205" className="scene__label" textAnchor="middle">{copy.to.place}</text>
      <text x="340" y="224" className="scene__sublabel" textAnchor="middle">{copy.to.person}</text>
      <m.g initial={false} animate={{ x: focus === 'sent' ? 115 : 230 }} transition={sceneTransition}>
        <g transform="translate(45 145)">
          <rect width="60" height="40" rx="3" className="scene__envelope" />
          <path d="M0 0 L30 22 L60 0" className="scene__envelope-flap" />
          <m.g initial={false} animate={{ opacity: focus === 'urgent' ? 1 : 0, scale: focus === 'urgent' ? 1 : 1.6 }} transition={sceneTransition}>
            <rect x="-6" y="-26" width="72" height="20" rx="3" className="scene__stamp" />
            <text x="30" y="-12" textAnchor="middle" className="scene__stamp-text">{copy.urgent}</text>
          </m.g>
        </g>
      </m.g>
      <m.g initial={false} animate={show('seen')} transition={sceneTransition}>
        <text x="200" y="40" textAnchor="middle" className="scene__sublabel">{copy.seenLabel}</text>
        {copy.seenBy.map((name, index) => (
          <g key={name} transform={`translate(${index === 0 ? 62 : 202} 52)`}>
            <rect width={index === 0 ? 120 : 150} height="28" rx="14" className="scene__chip" />
            <text x={index === 0 ? 60 : 75} y="19" textAnchor="middle" className="scene__chip-text">{name}</text>
          </g>
        ))}
      </m.g>
      <m.g initial={false} animate={show('confirmed')} transition={sceneTransition}>
        <text x="392" y="258" textAnchor="end" className="scene__note">✓ {copy.confirmed}</text>
      </m.g>
      <m.g initial={false} animate={show('silent')} transition={sceneTransition}>
        <text x="10" y="125" textAnchor="start" className="scene__note">{copy.silent}</text>
      </m.g>
    </svg>
  );
};
