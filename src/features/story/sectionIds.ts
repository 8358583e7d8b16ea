/** The id of a section's heading, which names the section (aria-labelledby) and takes focus from the contents. */
export const sectionHeadingId = (sectionId: string): string => `section-${sectionId}-heading`;
