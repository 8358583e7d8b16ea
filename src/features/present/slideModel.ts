import type { BriefingSlide, DeckSlide } from '../../content/briefing';
import { keyPoints, keyPointsUi } from '../../content/keyPoints';
import { proposals } from '../../content/proposals';
import { presentUi } from '../../content/present';
import { site, ui } from '../../content/site';
import { storySections, storySteps, unknowns } from '../../content/story';
import { timelineEvents } from '../../content/timeline';
import { actorRelations } from '../../content/actors';
import type { Cite, GraphicState } from '../../content/types';
import { formatDate } from '../../lib/dates';
import { formatCount } from '../../lib/numbers';
import { fillTemplate } from '../../lib/template';
import { countdownDays, troopDrawdown } from './deckFigures';
import { isHindsightSlide } from './hindsightSlides';

/** Which reveal step a slide is drawn at: a step index, or everything at once (overview, handout). */
export type SlideStep = number | 'all';

const sectionOf = (id: string) => storySections.find((s) => s.id === id);
const proposalOf = (id: string) => proposals.find((p) => p.id === id);
const stepsOf = (ids: readonly string[]) => ids.flatMap((id) => storySteps.filter((s) => s.id === id));
const eventsOf = (ids: readonly string[]) => ids.flatMap((id) => timelineEvents.filter((e) => e.id === id));

/** How many key presses a slide takes before the deck moves on (1 for slides with no reveals). */
export const slideStepCount = (slide: DeckSlide): number => {
  if (slide.kind === 'story') return Math.max(1, slide.steps.length);
  if (slide.kind === 'timeline') return Math.max(1, slide.events.length);
  return 1;
};

/** The step to draw: 'all' and out-of-range steps become the last one. */
export const lastShownStep = (slide: DeckSlide, step: SlideStep): number => {
  const last = slideStepCount(slide) - 1;
  return step === 'all' ? last : Math.min(Math.max(0, step), last);
};

/** The slide's heading, as the overview, the live region and the notes name it. */
export const slideTitle = (slide: DeckSlide): string => {
  if (isHindsightSlide(slide)) return slide.title;
  switch (slide.kind) {
    case 'title':
      return site.shortTitle;
    case 'key-points':
      return keyPointsUi.heading;
    case 'proposal':
      return proposalOf(slide.proposal)?.title ?? slide.id;
    case 'watch':
      return slide.title;
    case 'story':
      return slide.title ?? sectionOf(slide.section)?.heading ?? slide.id;
    case 'countdown':
      return fillTemplate(presentUi.countdownTitle, { days: countdownDays(), date: formatDate(site.deadline) });
    case 'troops': {
      const drawdown = troopDrawdown();
      if (drawdown === null) return slide.id;
      return fillTemplate(presentUi.troopsTitle, { peak: troopPeakText(drawdown.peak), latest: formatCount(drawdown.latest.troops) });
    }
    default:
      return sectionOf(slide.section)?.heading ?? slide.id;
  }
};

/** "about 100,000" for a rounded peak, "2,500" for an exact one. */
export const troopPeakText = (peak: { readonly troops: number; readonly isRounded: boolean }): string =>
  peak.isRounded ? fillTemplate(presentUi.approximately, { n: formatCount(peak.troops) }) : formatCount(peak.troops);

/** What the live region says on arriving at a slide or a step: "Slide 3 of 12: Title. Point 2 of 8". */
export const slideAnnouncement = (slide: DeckSlide, index: number, step: number, total: number): string => {
  const steps = slideStepCount(slide);
  const arrival = fillTemplate(presentUi.announce, { n: index + 1, total, title: slideTitle(slide) });
  return steps > 1 ? `${arrival}. ${fillTemplate(presentUi.stepPosition, { n: step + 1, total: steps })}` : arrival;
};

/** The small line above the heading. */
export const slideKicker = (slide: DeckSlide): string => {
  if (isHindsightSlide(slide)) return presentUi.hindsightKicker;
  if (slide.kind === 'title') return ui.introKicker;
  if (slide.kind === 'key-points') return keyPointsUi.slideKicker;
  if (slide.kind === 'proposal') {
    const number = proposalOf(slide.proposal)?.number ?? 0;
    return fillTemplate(presentUi.proposalKicker, { n: number, total: proposals.length });
  }
  return sectionOf(slide.section)?.kicker ?? '';
};

/**
 * Sources of what the slide shows at a step: the current reveal only, or
 * everything for 'all'. Hindsight slides cite later reporting only
 * (hindsightSlides.ts `laterSlideCites`), none of the article or background.
 */
export const slideCites = (slide: DeckSlide, step: SlideStep): readonly Cite[] => {
  if (isHindsightSlide(slide)) return [];
  const pick = <T>(items: readonly T[]): readonly T[] => {
    const shown = items[lastShownStep(slide, step)];
    return step === 'all' || shown === undefined ? items : [shown];
  };
  switch (slide.kind) {
    case 'story':
      return unique(pick(stepsOf(slide.steps)).flatMap((s) => s.cites));
    case 'timeline':
      return unique(pick(eventsOf(slide.events)).flatMap((e) => e.cites));
    case 'actors':
      return unique(actorRelations.flatMap((relation) => relation.cites));
    case 'countdown':
    case 'troops':
      return unique(eventsOf([slide.from, slide.to]).flatMap((e) => e.cites));
    case 'watch':
      return unique(slide.unknowns.flatMap((id) => unknowns.find((u) => u.id === id)?.cites ?? []));
    case 'proposal':
      return proposalOf(slide.proposal)?.cites ?? [];
    case 'title':
      return slide.cites;
    case 'key-points':
      return unique(keyPoints.flatMap((point) => point.cites));
    case 'sources':
      return [];
    default: {
      const unreachable: never = slide;
      return unreachable;
    }
  }
};

/** What the slide's graphic shows at a step, reusing the story's graphic states; null when it has none. */
export const slideGraphic = (slide: BriefingSlide, step: SlideStep): GraphicState | null => {
  const index = lastShownStep(slide, step);
  if (slide.kind === 'story') return stepsOf(slide.steps)[index]?.graphic ?? null;
  if (slide.kind === 'timeline') {
    const event = eventsOf(slide.events)[index];
    return event ? { scene: 'timeline', events: [event.id] } : null;
  }
  return null;
};

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];
