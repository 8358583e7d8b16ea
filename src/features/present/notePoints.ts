import { actors } from '../../content/actors';
import type { NotePoint, NoteRef, ProposalNoteField } from '../../content/briefing';
import { proposals, proposalsUi } from '../../content/proposals';
import { storySteps, unknowns } from '../../content/story';
import { resolveCites, type ResolvedCite } from '../../content/cites';
import { timelineEvents } from '../../content/timeline';
import type { Cite, Inline, Proposal } from '../../content/types';
import { formatDate } from '../../lib/dates';

/** A note point ready to show: an optional lead (whose or which item it is), the text and its sources. */
export interface ResolvedNote {
  readonly lead?: string;
  readonly text: readonly Inline[];
  readonly cites: readonly Cite[];
}

/** What a proposal field says, as one text, and the label the card gives it. */
const proposalField = (proposal: Proposal, field: ProposalNoteField): { lead: string; text: string } => {
  switch (field) {
    case 'ask':
      return { lead: proposal.title, text: proposal.ask };
    case 'aim':
      return { lead: proposalsUi.aim, text: proposal.aim };
    case 'timeFrame':
      return { lead: proposalsUi.timeFrame, text: proposal.timeFrame };
    case 'openQuestions':
      return { lead: proposalsUi.leftOpen, text: proposal.openQuestions.join(' ') };
    default: {
      const unreachable: never = field;
      return unreachable;
    }
  }
};

/** The item a reference names, in the words and with the sources of the one place that holds it; null if there is none (the validator says so). */
const resolveRef = (ref: NoteRef): ResolvedNote | null => {
  switch (ref.kind) {
    case 'step': {
      const step = storySteps.find((s) => s.id === ref.id);
      return step ? { text: step.body, cites: step.cites } : null;
    }
    case 'event': {
      const event = timelineEvents.find((e) => e.id === ref.id);
      return event ? { lead: `${formatDate(event.date, event.precision)}, ${event.title}`, text: [event.summary], cites: event.cites } : null;
    }
    case 'actor': {
      const actor = actors.find((a) => a.id === ref.id);
      return actor ? { lead: actor.name, text: [actor.summary], cites: actor.cites } : null;
    }
    case 'unknown': {
      const unknown = unknowns.find((u) => u.id === ref.id);
      return unknown ? { lead: unknown.question, text: [unknown.detail], cites: unknown.cites } : null;
    }
    case 'proposal': {
      const proposal = proposals.find((p) => p.id === ref.id);
      if (!proposal) return null;
      const { lead, text } = proposalField(proposal, ref.field);
      return { lead, text: [text], cites: proposal.cites };
    }
    default: {
      const unreachable: never = ref;
      return unreachable;
    }
  }
};

/** A speaker-notes point as shown: written ones as they are, references through the item they name. */
const resolveNotePoint = (point: NotePoint): ResolvedNote | null => ('ref' in point ? resolveRef(point.ref) : point);

/** The points of a slide's notes that resolve, in order. */
export const resolveNotes = (points: readonly NotePoint[]): ResolvedNote[] =>
  points.flatMap((point) => {
    const resolved = resolveNotePoint(point);
    return resolved === null ? [] : [resolved];
  });

/** A note point as the notes list draws it: its sources resolved (the article's, background or later reporting). */
export interface ShownNote {
  readonly lead?: string;
  readonly text: readonly Inline[];
  readonly sources: readonly ResolvedCite[];
}

/** The briefing's note points, ready to draw. */
export const shownNotes = (points: readonly NotePoint[]): ShownNote[] =>
  resolveNotes(points).map(({ cites, ...point }) => ({ ...point, sources: resolveCites(cites) }));
