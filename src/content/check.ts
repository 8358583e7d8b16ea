import { briefingSlides } from './briefing';
import { content } from './content';
import { validateContent, type ContentIssue } from './validate';
import { validateBriefing } from './validateBriefing';

/** Every content rule over the whole model, story and briefing; an empty list means the build may go on. */
export const checkContent = (): ContentIssue[] => [...validateContent(content), ...validateBriefing(briefingSlides, content)];
