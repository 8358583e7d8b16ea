import { glossary as storyGlossary, sectionInlines, termsIn } from './glossary';
import type { Cite, ContentBundle, GlossaryEntry, HindsightBundle, HindsightTroopKind, Inline, IsoDate, TroopPointKind } from './types';

/** One problem, naming the item and the field so an editor can find it. */
export interface ContentIssue {
  readonly item: string;
  readonly field: string;
  readonly message: string;
}

const STORY_START = '2001-01-01';
const STORY_END = '2021-05-01';

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real calendar date. */
export const isIsoDate = (value: string): boolean => {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(Number(year), m - 1, Number(day)));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === Number(day);
};

/** Coarse dates compare by their first day, so `2021-05` is inside the range. */
const startOf = (date: IsoDate): string => (date + '-01-01').slice(0, 10);

const isInRange = (date: IsoDate): boolean => startOf(date) >= STORY_START && startOf(date) <= STORY_END;

const duplicates = (ids: readonly string[]): string[] =>
  ids.filter((id, index) => ids.indexOf(id) !== index);

/** Every kind a troop point may have; a Record so a new kind in types.ts must be added here too. */
const TROOP_POINT_KINDS: Readonly<Record<TroopPointKind, true>> = { snapshot: true, 'annual-average': true, 'announced-target': true };

/**
 * The troop fact sheet's rules beyond each point's date and count (checked in
 * validateContent): known kinds, and sources given as ids into one list of
 * distinct, non-empty texts, every one of them used.
 */
const validateTroops = (content: ContentBundle): ContentIssue[] => {
  const issues: ContentIssue[] = [];
  const ids = content.troopSources.map((s) => s.id);
  for (const id of new Set(duplicates(ids))) issues.push({ item: `troopSources/${id}`, field: 'id', message: `duplicate id "${id}"` });
  const texts = content.troopSources.map((s) => s.text);
  content.troopSources.forEach((s, index) => {
    const item = `troopSources/${s.id}`;
    if (s.text.trim() === '') issues.push({ item, field: 'text', message: 'source has no text' });
    else if (texts.indexOf(s.text) !== index) issues.push({ item, field: 'text', message: `same text as "${content.troopSources[texts.indexOf(s.text)]?.id}"` });
  });
  const known = new Set<string>(ids);
  const used = new Set<string>();
  content.troops.forEach((t, index) => {
    const item = `troops[${index}]`;
    if (!Object.hasOwn(TROOP_POINT_KINDS, t.kind))
      issues.push({ item, field: 'kind', message: `unknown kind "${t.kind}" (known: ${Object.keys(TROOP_POINT_KINDS).join(', ')})` });
    t.sources.forEach((id) => {
      used.add(id);
      if (!known.has(id)) issues.push({ item, field: 'sources', message: `unknown troop source "${id}"` });
    });
  });
  for (const id of ids) {
    if (!used.has(id)) issues.push({ item: `troopSources/${id}`, field: 'id', message: 'no troop point names this source' });
  }
  return issues;
};

/** Pure check of the whole content model; an empty list means it is consistent. */
export const validateContent = (content: ContentBundle, glossary: readonly GlossaryEntry[] = storyGlossary): ContentIssue[] => {
  const issues: ContentIssue[] = [...validateGlossary(glossary, content)];
  const report = (item: string, field: string, message: string): void => {
    issues.push({ item, field, message });
  };

  const paragraphs = new Map(content.article.paragraphs.map((p) => [p.id as string, p]));
  const sourceIds = new Set<string>(content.sources.map((s) => s.id));
  const actorIds = new Set(content.actors.map((a) => a.id));
  const eventIds = new Set(content.events.map((e) => e.id));
  const proposalIds = new Set(content.proposals.map((p) => p.id));
  const quoteIds = new Set(content.quotes.map((q) => q.id));
  const sectionIds = new Set<string>(content.sections.map((s) => s.id));

  const collections: [string, readonly { id: string }[]][] = [
    ['article.paragraphs', content.article.paragraphs],
    ['sources', content.sources],
    ['quotes', content.quotes],
    ['actors', content.actors],
    ['relations', content.relations],
    ['embedParts', content.embedParts],
    ['events', content.events],
    ['eras', content.eras ?? []],
    ['proposals', content.proposals],
    ['sections', content.sections],
    ['steps', content.steps],
    ['unknowns', content.unknowns],
  ];
  for (const [name, items] of collections) {
    for (const id of new Set(duplicates(items.map((i) => i.id)))) report(`${name}/${id}`, 'id', `duplicate id "${id}"`);
  }

  content.article.paragraphs.forEach((p, index) => {
    if (p.id !== `p${index + 1}`) report(`article.paragraphs/${p.id}`, 'id', `expected p${index + 1} at position ${index + 1}`);
    if (p.sentences.length === 0) report(`article.paragraphs/${p.id}`, 'sentences', 'paragraph has no sentences');
  });

  const checkCite = (item: string, field: string, cite: Cite): void => {
    if (cite === 'credit') return;
    if (cite.startsWith('bg:')) {
      if (!sourceIds.has(cite)) report(item, field, `background source "${cite}" is not in sources.ts`);
      return;
    }
    const [paragraphId, sentence] = cite.split('.');
    const paragraph = paragraphs.get(paragraphId ?? '');
    if (!paragraph) return report(item, field, `cite "${cite}" names no paragraph of the article`);
    if (sentence === undefined) {
      if (paragraph.sentences.length > 1)
        report(item, field, `cite "${cite}" has ${paragraph.sentences.length} sentences; cite one, e.g. "${cite}.1"`);
      return;
    }
    const index = Number(sentence);
    if (!Number.isInteger(index) || index < 1 || index > paragraph.sentences.length)
      report(item, field, `cite "${cite}" names no sentence of ${paragraphId}`);
  };
  const checkCites = (item: string, cites: readonly Cite[]): void => {
    if (cites.length === 0) report(item, 'cites', 'claim has no citation');
    cites.forEach((cite) => checkCite(item, 'cites', cite));
  };
  const checkRefs = (item: string, field: string, ids: readonly string[], known: Set<string>, kind: string): void => {
    ids.forEach((id) => {
      if (!known.has(id)) report(item, field, `unknown ${kind} "${id}"`);
    });
  };
  const checkInlines = (item: string, field: string, inlines: readonly Inline[]): void => {
    inlines.forEach((inline) => {
      if (typeof inline !== 'string' && 'quote' in inline && !quoteIds.has(inline.quote)) report(item, field, `unknown quote "${inline.quote}"`);
    });
  };
  const isArticleCite = (cite: Cite): boolean => cite !== 'credit' && !cite.startsWith('bg:');

  content.quotes.forEach((q) => {
    const item = `quotes/${q.id}`;
    const paragraph = paragraphs.get(q.paragraph);
    if (!paragraph) report(item, 'paragraph', `quote cites "${q.paragraph}", which is not a paragraph`);
    else if (!paragraph.sentences.join(' ').includes(q.text))
      report(item, 'text', `quote does not appear word for word in ${q.paragraph}`);
    if (q.text.trim() === '') report(item, 'text', 'quote is empty');
    checkRefs(item, 'speaker', [q.speaker], actorIds, 'actor');
    if (q.via !== undefined) checkRefs(item, 'via', [q.via], actorIds, 'actor');
  });

  const groupIds = new Set<string>(content.actorGroups.map((g) => g.id));
  // Quotation marks in our own prose would be unchecked quotes: quotations live in quotes.ts, checked word for word.
  const checkOwnWords = (item: string, field: string, text: string): void => {
    if (/[“”"]/.test(text)) report(item, field, 'has quotation marks; put the quote in quotes.ts and point at it');
  };
  content.actors.forEach((a) => {
    const item = `actors/${a.id}`;
    checkCites(item, a.cites);
    checkRefs(item, 'quotes', a.quotes, quoteIds, 'quote');
    checkRefs(item, 'group', [a.group], groupIds, 'group');
    checkOwnWords(item, 'role', a.role);
    checkOwnWords(item, 'summary', a.summary);
  });

  content.relations.forEach((r) => {
    const item = `relations/${r.id}`;
    checkRefs(item, 'from', r.from, actorIds, 'actor');
    checkRefs(item, 'to', r.to, actorIds, 'actor');
    checkRefs(item, 'proposals', r.proposals, proposalIds, 'proposal');
    checkCites(item, r.cites);
    checkInlines(item, 'text', r.text);
    r.text.forEach((inline) => {
      if (typeof inline === 'string') return checkOwnWords(item, 'text', inline);
      if (!('quote' in inline)) return;
      const quote = content.quotes.find((q) => q.id === inline.quote);
      if (quote && !r.cites.some((c) => c.split('.')[0] === quote.paragraph))
        report(item, 'cites', `quotes "${inline.quote}" from ${quote.paragraph}, which the relation does not cite`);
    });
  });

  content.embedParts.forEach((part) => {
    if (part.section !== null) checkRefs(`embedParts/${part.id}`, 'section', [part.section], sectionIds, 'section');
  });

  content.events.forEach((e, index) => {
    const item = `events/${e.id}`;
    if (!isIsoDate(e.date)) report(item, 'date', `"${e.date}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    else if (!isInRange(e.date)) report(item, 'date', `"${e.date}" is outside ${STORY_START}..${STORY_END}`);
    const previous = content.events[index - 1];
    if (previous && startOf(e.date) < startOf(previous.date))
      report(item, 'date', `"${e.date}" comes before the previous event "${previous.id}" (${previous.date}); keep events in date order`);
    checkCites(item, e.cites);
    if (e.inArticle !== e.cites.some(isArticleCite))
      report(item, 'inArticle', e.inArticle ? 'marked in the article but cites no paragraph' : 'cites the article but is marked background');
    checkRefs(item, 'actors', e.actors, actorIds, 'actor');
  });

  (content.eras ?? []).forEach((era) => {
    const item = `eras/${era.id}`;
    for (const field of ['start', 'end'] as const) {
      if (!isIsoDate(era[field])) report(item, field, `"${era[field]}" is not an ISO date`);
      else if (!isInRange(era[field])) report(item, field, `"${era[field]}" is outside ${STORY_START}..${STORY_END}`);
    }
    if (startOf(era.end) < startOf(era.start)) report(item, 'end', `ends (${era.end}) before it starts (${era.start})`);
    checkCites(item, era.cites);
  });

  content.troops.forEach((t, index) => {
    const item = `troops[${index}]`;
    if (!isIsoDate(t.date)) report(item, 'date', `"${t.date}" is not an ISO date`);
    else if (!isInRange(t.date)) report(item, 'date', `"${t.date}" is outside ${STORY_START}..${STORY_END}`);
    if (!Number.isInteger(t.troops) || t.troops < 0) report(item, 'troops', `"${t.troops}" is not a whole, non-negative number`);
    if (t.sources.length === 0) report(item, 'sources', 'point has no source');
  });
  issues.push(...validateTroops(content));

  if (content.proposals.length !== 4)
    report('proposals', 'length', `the letter has exactly four proposals, found ${content.proposals.length}`);
  content.proposals.forEach((p, index) => {
    const item = `proposals/${p.id}`;
    if (p.number !== index + 1) report(item, 'number', `expected number ${index + 1} (the letter's order), found ${p.number}`);
    checkCites(item, p.cites);
    checkRefs(item, 'who', p.who, actorIds, 'actor');
    checkRefs(item, 'quote', [p.quote], quoteIds, 'quote');
    if (p.statusDate.cites.length === 0) report(item, 'statusDate', 'the status date has no citation');
    p.statusDate.cites.forEach((cite) => checkCite(item, 'statusDate', cite));
    if (p.timeFrame.trim() === '') report(item, 'timeFrame', 'the expanded card needs a time frame');
    p.backgroundNotes.forEach((note, noteIndex) => {
      const noteItem = `${item}.backgroundNotes[${noteIndex}]`;
      checkCites(noteItem, note.cites);
      // The card labels these "Background"; an article cite there would mislabel it.
      if (note.cites.some((cite) => !cite.startsWith('bg:'))) report(noteItem, 'cites', 'background notes cite background sources only');
    });
    const quote = content.quotes.find((q) => q.id === p.quote);
    if (quote && !p.cites.some((c) => c.split('.')[0] === quote.paragraph))
      report(item, 'quote', `quote "${p.quote}" is from ${quote.paragraph}, which the proposal does not cite`);
  });

  content.sections.forEach((s) => {
    if (s.intro) checkInlines(`sections/${s.id}`, 'intro', s.intro);
  });

  content.steps.forEach((s) => {
    const item = `steps/${s.id}`;
    if (!sectionIds.has(s.section)) report(item, 'section', `unknown section "${s.section}"`);
    checkCites(item, s.cites);
    checkInlines(item, 'body', s.body);
    checkRefs(item, 'actors', s.actors, actorIds, 'actor');
    checkRefs(item, 'events', s.events, eventIds, 'event');
    checkRefs(item, 'proposals', s.proposals, proposalIds, 'proposal');
    if (s.graphic.scene === 'timeline') checkRefs(item, 'graphic.events', s.graphic.events, eventIds, 'event');
    if (s.graphic.scene === 'proposals') checkRefs(item, 'graphic.focus', [s.graphic.focus], proposalIds, 'proposal');
    if (s.graphic.scene === 'troops' && !isIsoDate(s.graphic.focusDate))
      report(item, 'graphic.focusDate', `"${s.graphic.focusDate}" is not an ISO date`);
    if (s.graphicAlt.trim() === '') report(item, 'graphicAlt', 'the graphic needs a text alternative');
  });

  content.unknowns.forEach((u) => checkCites(`unknowns/${u.id}`, u.cites));

  return issues;
};

/** The hindsight layer covers what happened after the article, up to the end of October 2021. */
const HINDSIGHT_AFTER = '2021-03-07';
const HINDSIGHT_END = '2021-10-31';

const isHindsightDate = (date: IsoDate): boolean => startOf(date) > HINDSIGHT_AFTER && startOf(date) <= HINDSIGHT_END;

/** How many parts a date has at each precision: a `day` event needs `YYYY-MM-DD`, a `month` one `YYYY-MM`. */
const PRECISION_PARTS = { year: 1, month: 2, day: 3 } as const;

const HINDSIGHT_TROOP_KINDS: Readonly<Record<HindsightTroopKind, true>> = { official: true, reported: true, target: true };

const LATER_ID = /^later:[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Pure check of the hindsight layer (issue #14) against the story it sits
 * beside: every claim cites later reports that exist and every later report is
 * cited; dates are ISO, after March 7, 2021 and by October 31, 2021, in order;
 * fates and answers key an existing proposal, actor or open question (every
 * proposal and question gets exactly one); troop points carry a whole count
 * or, where only percentages were published, null with a note saying so.
 */
export const validateHindsight = (hindsight: HindsightBundle, content: ContentBundle): ContentIssue[] => {
  const issues: ContentIssue[] = [];
  const report = (item: string, field: string, message: string): void => {
    issues.push({ item, field, message });
  };

  const laterIds = new Set<string>();
  hindsight.laterSources.forEach((s) => {
    const item = `laterSources/${s.id}`;
    if (laterIds.has(s.id)) report(item, 'id', `duplicate id "${s.id}"`);
    laterIds.add(s.id);
    if (!LATER_ID.test(s.id)) report(item, 'id', 'expected later:<kebab-case-id>');
    if (s.publisher.trim() === '') report(item, 'publisher', 'source has no publisher');
    if (s.title.trim() === '') report(item, 'title', 'source has no title');
    if (s.url !== undefined && !/^https?:\/\//.test(s.url)) report(item, 'url', `"${s.url}" is not a web address`);
  });

  const cited = new Set<string>();
  const checkCites = (item: string, field: string, cites: readonly string[]): void => {
    if (cites.length === 0) report(item, field, 'claim has no citation');
    cites.forEach((cite) => {
      cited.add(cite);
      if (!cite.startsWith('later:')) report(item, field, `"${cite}" is not later reporting; hindsight cites later:<id> sources only`);
      else if (!laterIds.has(cite)) report(item, field, `later source "${cite}" is not in sources.ts laterSources`);
    });
  };
  // Our own words only: a quotation mark would be an unchecked quote.
  const checkText = (item: string, field: string, text: string): void => {
    if (text.trim() === '') report(item, field, 'text is empty');
    if (/[“”"]/.test(text)) report(item, field, 'has quotation marks; hindsight is paraphrase');
  };
  const checkDate = (item: string, date: IsoDate): boolean => {
    if (!isIsoDate(date)) report(item, 'date', `"${date}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    else if (!isHindsightDate(date)) report(item, 'date', `"${date}" is outside ${HINDSIGHT_AFTER} (exclusive)..${HINDSIGHT_END}`);
    else return true;
    return false;
  };
  const checkKeys = (name: string, keys: readonly string[], known: ReadonlySet<string>, kind: string, all: boolean): void => {
    keys.forEach((key, index) => {
      const item = `${name}/${key}`;
      if (!known.has(key)) report(item, kind, `unknown ${kind} "${key}"`);
      else if (keys.indexOf(key) !== index) report(item, kind, `second entry for ${kind} "${key}"`);
    });
    if (all) for (const key of known) if (!keys.includes(key)) report(`${name}/${key}`, kind, `no entry for ${kind} "${key}"`);
  };

  const actorIds = new Set(content.actors.map((a) => a.id));
  const storyEventIds = new Set(content.events.map((e) => e.id));
  const eventIds = new Set<string>();
  hindsight.events.forEach((e, index) => {
    const item = `hindsightEvents/${e.id}`;
    if (eventIds.has(e.id)) report(item, 'id', `duplicate id "${e.id}"`);
    // Events share one #event-<id> anchor space with the story's timeline.
    if (storyEventIds.has(e.id)) report(item, 'id', `"${e.id}" is already a story event id`);
    eventIds.add(e.id);
    if (checkDate(item, e.date) && e.date.split('-').length !== PRECISION_PARTS[e.precision])
      report(item, 'precision', `"${e.date}" does not match precision "${e.precision}"`);
    const previous = hindsight.events[index - 1];
    if (previous && isIsoDate(e.date) && startOf(e.date) < startOf(previous.date))
      report(item, 'date', `"${e.date}" comes before the previous event "${previous.id}" (${previous.date}); keep events in date order`);
    checkText(item, 'title', e.title);
    checkText(item, 'summary', e.summary);
    checkCites(item, 'cites', e.cites);
    e.actors.forEach((actor) => {
      if (!actorIds.has(actor)) report(item, 'actors', `unknown actor "${actor}"`);
    });
  });

  checkKeys('proposalFates', hindsight.proposalFates.map((f) => f.proposal), new Set(content.proposals.map((p) => p.id)), 'proposal', true);
  checkKeys('unknownAnswers', hindsight.unknownAnswers.map((a) => a.unknown), new Set(content.unknowns.map((u) => u.id)), 'unknown', true);
  checkKeys('actorFates', hindsight.actorFates.map((f) => f.actor), actorIds, 'actor', false);
  const notes: [string, { text: string; cites: readonly string[] }][] = [
    ...hindsight.proposalFates.map((f): [string, typeof f] => [`proposalFates/${f.proposal}`, f]),
    ...hindsight.unknownAnswers.map((a): [string, typeof a] => [`unknownAnswers/${a.unknown}`, a]),
    ...hindsight.actorFates.map((f): [string, typeof f] => [`actorFates/${f.actor}`, f]),
    ['deadlineFate', hindsight.deadlineFate],
  ];
  hindsight.proposalFates.forEach((f) => checkText(`proposalFates/${f.proposal}`, 'verdict', f.verdict));
  for (const [item, note] of notes) {
    checkText(item, 'text', note.text);
    checkCites(item, 'cites', note.cites);
  }

  hindsight.troops.forEach((t, index) => {
    const item = `hindsightTroops[${index}]`;
    checkDate(item, t.date);
    const previous = hindsight.troops[index - 1];
    if (previous && isIsoDate(t.date) && startOf(t.date) < startOf(previous.date)) report(item, 'date', `"${t.date}" comes before the previous point (${previous.date})`);
    // A gap (null) is allowed; anything else must be a count as published.
    if (t.troops !== null && (!Number.isInteger(t.troops) || t.troops < 0))
      report(item, 'troops', `"${t.troops}" is not a whole, non-negative number (use null where no count was published)`);
    if (!Object.hasOwn(HINDSIGHT_TROOP_KINDS, t.kind))
      report(item, 'kind', `unknown kind "${t.kind}" (known: ${Object.keys(HINDSIGHT_TROOP_KINDS).join(', ')})`);
    checkText(item, 'note', t.note);
    checkCites(item, 'cites', t.cites);
  });

  // "What happened next" tells each later event once; steps follow themes, each in date order.
  const stepIds = new Set<string>();
  const told = new Set<string>();
  hindsight.steps.forEach((step) => {
    const item = `hindsightSteps/${step.id}`;
    let lastStart = '';
    if (stepIds.has(step.id)) report(item, 'id', `duplicate id "${step.id}"`);
    stepIds.add(step.id);
    checkText(item, 'heading', step.heading);
    checkText(item, 'graphicAlt', step.graphicAlt);
    if (step.events.length === 0) report(item, 'events', 'step tells no event');
    step.events.forEach((id) => {
      const event = hindsight.events.find((e) => e.id === id);
      if (event === undefined) report(item, 'events', `unknown later event "${id}"`);
      else if (told.has(id)) report(item, 'events', `"${id}" is already told in an earlier step`);
      else if (startOf(event.date) < lastStart) report(item, 'events', `"${id}" (${event.date}) is out of date order`);
      else lastStart = startOf(event.date);
      told.add(id);
    });
  });

  const linkable = [...hindsight.linkableEventIds].sort().join(' ');
  if (linkable !== [...eventIds].sort().join(' ')) report('hindsightEventIds', 'ids', 'the list of later event ids does not match hindsightEvents');

  for (const id of laterIds) if (!cited.has(id)) report(`laterSources/${id}`, 'id', 'no hindsight item cites this source');
  return issues;
};

/** The key points hold four to six lines (issue #15): a summary, not a second story. */
const KEY_POINTS = { min: 4, max: 6 } as const;

/** Whether a cite names a sentence of the article (`p4.2`, or `p14` for a one-sentence paragraph) or a listed background source. */
export const citeResolver = (content: ContentBundle) => {
  const sentences = new Map<string, number>(content.article.paragraphs.map((p) => [p.id, p.sentences.length]));
  const sourceIds = new Set<string>(content.sources.map((s) => s.id));
  return (cite: Cite): boolean => {
    if (cite.startsWith('bg:')) return sourceIds.has(cite);
    const [paragraph = '', sentence] = cite.split('.');
    const count = sentences.get(paragraph) ?? 0;
    if (sentence === undefined) return count === 1;
    const index = Number(sentence);
    return Number.isInteger(index) && index >= 1 && index <= count;
  };
};

/**
 * Pure check of the key points (keyPoints.ts): four to six, unique ids, some
 * text, and every point cited to a sentence of the article (a bare paragraph
 * only when it has one sentence) or a background source in sources.ts.
 */
export const validateKeyPoints = (
  points: readonly { readonly id: string; readonly text: string | readonly Inline[]; readonly cites: readonly Cite[] }[],
  content: ContentBundle,
): ContentIssue[] => {
  const issues: ContentIssue[] = [];
  const citeOk = citeResolver(content);
  if (points.length < KEY_POINTS.min || points.length > KEY_POINTS.max)
    issues.push({ item: 'keyPoints', field: 'length', message: `needs ${KEY_POINTS.min} to ${KEY_POINTS.max} points, found ${points.length}` });
  for (const id of new Set(duplicates(points.map((p) => p.id)))) issues.push({ item: `keyPoints/${id}`, field: 'id', message: `duplicate id "${id}"` });
  points.forEach((point) => {
    const item = `keyPoints/${point.id}`;
    const isEmpty = typeof point.text === 'string' ? point.text.trim() === '' : point.text.length === 0;
    if (isEmpty) issues.push({ item, field: 'text', message: 'point has no text' });
    if (point.cites.length === 0) issues.push({ item, field: 'cites', message: 'point has no citation' });
    point.cites.filter((cite) => !citeOk(cite)).forEach((cite) => issues.push({ item, field: 'cites', message: `cite "${cite}" is not a sentence of the article or a background source` }));
  });
  return issues;
};

/** Human-readable lines, one per issue: `events/kabul-falls.date: …`. */
export const formatIssues = (issues: readonly ContentIssue[]): string =>
  issues.map((i) => `${i.item}.${i.field}: ${i.message}`).join('\n');

// glossary
/** The glossary explains at least this many terms (issue #15). */
const MIN_GLOSSARY_TERMS = 8;

/**
 * Pure check of the glossary against the story: enough terms, unique ids, one
 * or two sentences per definition, each in our own words and citing
 * background sources that sources.ts lists; every term mark names a known
 * term, with words of its own, at most once per section.
 */
export const validateGlossary = (glossary: readonly GlossaryEntry[], content: ContentBundle): ContentIssue[] => {
  const issues: ContentIssue[] = [];
  const report = (item: string, field: string, message: string): void => {
    issues.push({ item, field, message });
  };
  const sourceIds = new Set<string>(content.sources.map((s) => s.id));
  const termIds = new Set(glossary.map((entry) => entry.id));

  if (glossary.length < MIN_GLOSSARY_TERMS) report('glossary', 'length', `needs at least ${MIN_GLOSSARY_TERMS} terms, found ${glossary.length}`);
  for (const id of new Set(duplicates(glossary.map((entry) => entry.id)))) report(`glossary/${id}`, 'id', `duplicate id "${id}"`);
  glossary.forEach((entry) => {
    const item = `glossary/${entry.id}`;
    if (entry.term.trim() === '') report(item, 'term', 'term has no name');
    if (entry.definition.length < 1 || entry.definition.length > 2) report(item, 'definition', `needs one or two sentences, found ${entry.definition.length}`);
    entry.definition.forEach((sentence, index) => {
      const field = `definition[${index}]`;
      if (sentence.text.trim() === '') report(item, field, 'sentence is empty');
      if (/[“”"]/.test(sentence.text)) report(item, field, 'has quotation marks; a definition is in our own words');
      if (sentence.cites.length === 0) report(item, `${field}.cites`, 'sentence has no citation');
      sentence.cites.forEach((cite) => {
        if (!cite.startsWith('bg:')) report(item, `${field}.cites`, `cite "${cite}" is not a background source; definitions rest on ../shared/facts`);
        else if (!sourceIds.has(cite)) report(item, `${field}.cites`, `background source "${cite}" is not in sources.ts`);
      });
    });
  });

  const checkMarks = (item: string, inlines: readonly Inline[]): void => {
    inlines.forEach((inline) => {
      if (typeof inline === 'string' || !('term' in inline)) return;
      if (!termIds.has(inline.term)) report(item, 'term', `unknown glossary term "${inline.term}"`);
      if (inline.text.trim() === '') report(item, 'term', `mark of "${inline.term}" has no words`);
    });
  };
  content.sections.forEach((s) => checkMarks(`sections/${s.id}.intro`, s.intro ?? []));
  content.steps.forEach((s) => checkMarks(`steps/${s.id}.body`, s.body));
  content.relations.forEach((r) => checkMarks(`relations/${r.id}.text`, r.text));

  // The relations list sits in the actors section, so its marks count there too.
  const relationInlines = content.relations.flatMap((r) => r.text);
  sectionInlines(content.sections, content.steps).forEach(({ section, inlines }) => {
    const marked = termsIn(section === 'actors' ? [...inlines, ...relationInlines] : inlines);
    for (const id of new Set(duplicates(marked))) report(`sections/${section}`, 'term', `marks "${id}" more than once; mark only its first use`);
  });
  return issues;
};
