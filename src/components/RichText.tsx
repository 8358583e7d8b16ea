import type { ResolvedInline } from '../content/cites';
import type { ResolvedTerm } from '../content/glossary';
import { GlossaryTerm } from './GlossaryTerm';

interface RichTextProps {
  readonly inlines: readonly (ResolvedInline | ResolvedTerm)[];
  /** False where nothing may be clicked (a projected slide): terms read as their words. */
  readonly hasTermNotes?: boolean;
}

/** Plain text, verbatim quotes as <q> (the surrounding copy names who said them), and glossary terms. */
export const RichText = ({ inlines, hasTermNotes = true }: RichTextProps) => (
  <>
    {inlines.map((inline, index) => {
      switch (inline.kind) {
        case 'text':
          return <span key={index}>{inline.text}</span>;
        case 'quote':
          return (
            <q key={index} className="quote" data-speaker={inline.speaker}>
              {inline.text}
            </q>
          );
        case 'term':
          return hasTermNotes ? <GlossaryTerm key={index} term={inline.term} text={inline.text} /> : <span key={index}>{inline.text}</span>;
      }
    })}
  </>
);
