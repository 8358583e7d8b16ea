import { Cite } from '../../components/Cite';
import { RichText } from '../../components/RichText';
import { actorsUi } from '../../content/actors';
import { actorById, quoteById, quoteCite, resolveCite, resolveInlines } from '../../content/cites';
import { ui } from '../../content/site';
import type { QuoteId } from '../../content/types';

interface ActorQuoteProps {
  readonly quoteId: QuoteId;
}

/** A verbatim quote with who said it, who reported it, and the sentence of the article it comes from. */
export const ActorQuote = ({ quoteId }: ActorQuoteProps) => {
  const quote = quoteById(quoteId);
  if (quote === undefined) return null;
  const cite = quoteCite(quote);
  const source = cite === null ? null : resolveCite(cite);
  const speaker = actorById(quote.speaker)?.name ?? quote.speaker;
  const reporter = quote.via === undefined ? undefined : actorById(quote.via)?.name;
  return (
    <figure className="actor__quote">
      <blockquote>
        <p>
          <RichText inlines={resolveInlines([{ quote: quoteId }])} />
        </p>
      </blockquote>
      <figcaption className="actor__quote-source">
        {ui.quoteAttributionPrefix} {speaker}
        {reporter !== undefined && `, ${actorsUi.reportedBy} ${reporter}`} {source !== null && <Cite source={source} />}
      </figcaption>
    </figure>
  );
};
