import { readingMinutes } from '../../content/readingTime';
import { site, ui } from '../../content/site';
import { formatDate } from '../../lib/dates';
import { fillTemplate } from '../../lib/template';

/** The headline block: one h1, the standfirst, and the "as of" date the story is told from. */
export const StoryIntro = () => (
  <header className="intro">
    <p className="kicker">{ui.introKicker}</p>
    <h1 className="intro__title">{site.shortTitle}</h1>
    <p className="intro__dek">{site.dek}</p>
    <p className="intro__meta">
      <span>{site.byline}</span>
      <span aria-hidden="true"> · </span>
      <span>
        {ui.asOfLabel} <time dateTime={site.asOf}>{formatDate(site.asOf)}</time>
      </span>
      <span aria-hidden="true"> · </span>
      <span>{fillTemplate(ui.readingTime, { minutes: readingMinutes() })}</span>
    </p>
    <p className="intro__hint">{ui.scrollHint}</p>
  </header>
);
