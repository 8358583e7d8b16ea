import type { ResolvedInline } from '../content/cites';

interface RichTextProps {
  readonly inlines: readonly ResolvedInline[];
}

/** Plain text plus verbatim quotes as <q>; the surrounding copy names who said them. */
export const RichText = ({ inlines }: RichTextProps) => (
  <>
    {inlines.map((inline, index) =>
      inline.kind === 'text' ? (
        <span key={index}>{inline.text}</span>
      ) : (
        <q key={index} className="quote" data-speaker={inline.speaker}>
          {inline.text}
        </q>
      ),
    )}
  </>
);
