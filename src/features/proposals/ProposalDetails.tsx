import type { ReactNode } from 'react';
import { Cite } from '../../components/Cite';
import { CiteList } from '../../components/CiteList';
import { RichText } from '../../components/RichText';
import { SourceBadge } from '../../components/SourceBadge';
import { article } from '../../content/article';
import { actorById, hasBackground, quoteById, quoteCite, resolveCite, resolveCites, resolveInlines } from '../../content/cites';
import { proposalsUi as ui } from '../../content/proposals';
import { ui as siteUi } from '../../content/site';
import type { Proposal } from '../../content/types';

interface ProposalDetailsProps {
  readonly proposal: Proposal;
  /** Where an actor's name links to; plain names when left out. */
  readonly actorHref?: (actorId: string) => string;
}

/** What an open card adds: who, where and when (the time frame), the letter's words, the aim, what is left open, its status and sources. */
export const ProposalDetails = ({ proposal, actorHref }: ProposalDetailsProps) => (
  <>
    <dl className="proposal__details">
      <Detail label={ui.who}>
        <p>{proposal.whoLabel}</p>
        <ul role="list" className="proposal__actors">
          {proposal.who.map((actorId) => {
            const name = actorById(actorId)?.name ?? actorId;
            return <li key={actorId}>{actorHref === undefined ? name : <a href={actorHref(actorId)}>{name}</a>}</li>;
          })}
        </ul>
      </Detail>
      <Detail label={ui.where}>
        <p>{proposal.where}</p>
      </Detail>
      <Detail label={ui.timeFrame}>
        <p>{proposal.timeFrame}</p>
      </Detail>
      <Detail label={ui.lettersWords}>
        <LetterQuote quoteId={proposal.quote} />
      </Detail>
      <Detail label={ui.aim}>
        <p>{proposal.aim}</p>
      </Detail>
      <Detail label={ui.leftOpen}>
        <ul className="proposal__open">
          {proposal.openQuestions.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ul>
      </Detail>
      {proposal.backgroundNotes.length > 0 && (
        <Detail label={ui.otherReports} badge={<SourceBadge kind="background" />}>
          <ul className="proposal__notes">
            {proposal.backgroundNotes.map((note) => (
              <li key={note.text}>
                {note.text} <CiteList sources={resolveCites(note.cites)} />
              </li>
            ))}
          </ul>
        </Detail>
      )}
    </dl>
    {/* The status is the article's; its date comes from other reports, and each part says so.
        The card's sources close this last paragraph (one marker group). */}
    <p className="proposal__status">
      <SourceBadge kind="article" /> <strong>{ui.statusLabel}</strong> {proposal.status},{' '}
      <span className="proposal__status-date">
        {proposal.statusDate.text} <SourceBadge kind={hasBackground(proposal.statusDate.cites) ? 'background' : 'article'} />
      </span>{' '}
      <CiteList sources={resolveCites([...proposal.cites, ...proposal.statusDate.cites])} />
    </p>
  </>
);

interface DetailProps {
  readonly label: string;
  /** Marks the whole entry, e.g. as background. */
  readonly badge?: ReactNode;
  readonly children: ReactNode;
}

const Detail = ({ label, badge, children }: DetailProps) => (
  <div className="proposal__detail">
    <dt>
      {label}
      {badge !== undefined && <> {badge}</>}
    </dt>
    <dd>{children}</dd>
  </div>
);

interface LetterQuoteProps {
  readonly quoteId: string;
}

/** The letter's words as the article prints them, attributed and cited to the sentence they come from. */
const LetterQuote = ({ quoteId }: LetterQuoteProps) => {
  const quote = quoteById(quoteId);
  const [inline] = resolveInlines([{ quote: quoteId }]);
  if (quote === undefined || inline?.kind !== 'quote') return null;
  const cite = quoteCite(quote);
  const source = cite === null ? null : resolveCite(cite);
  return (
    <figure className="proposal__letter">
      <blockquote className="proposal__quote">
        <p>
          <RichText inlines={[inline]} />
        </p>
      </blockquote>
      {/* cite-list anchors the source note's popover to this line. */}
      <figcaption className="proposal__attribution cite-list">
        <span>
          {siteUi.quoteAttributionPrefix} {inline.speaker}, {ui.quoteAttribution} {article.publisherShort}
        </span>
        {source !== null && <Cite source={source} />}
      </figcaption>
    </figure>
  );
};
