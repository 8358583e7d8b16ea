/**
 * Copy and choices of the embed-code dialog. A file of its own so that it
 * loads with the dialog, not with every page.
 */
/** The three kinds of code the dialog hands out, in the order it offers them. */
export const embedSnippetKinds = [
  {
    id: 'iframe',
    label: 'Plain iframe',
    hint: 'Works in any CMS that accepts an iframe. The frame keeps a fixed height and scrolls inside.',
  },
  {
    id: 'pym',
    label: 'pym.js',
    hint: 'For pages that use NPR’s pym.js: the frame takes the height of its content. Leave out the script tag if your page already loads pym.js.',
  },
  {
    id: 'script',
    label: 'Auto-height, no library',
    hint: 'An iframe plus a few lines of script that size it to its content. Needs a CMS that keeps inline scripts.',
  },
] as const satisfies readonly { id: string; label: string; hint: string }[];

export type EmbedSnippetKind = (typeof embedSnippetKinds)[number]['id'];

/** Colour choices for the embed (`&theme=`); 'auto' follows the reader's setting. */
export const embedThemes = [
  { id: 'auto', label: 'Reader’s setting' },
  { id: 'light', label: 'Light' },
  { id: 'dark', label: 'Dark' },
] as const satisfies readonly { id: string; label: string }[];

export type EmbedThemeChoice = (typeof embedThemes)[number]['id'];

/** Interface copy for the embed dialog (loaded only when an editor opens it). */
export const embedDialogUi = {
  dialogTitle: 'Embed this explainer',
  dialogIntro:
    'Paste the code into the HTML of your page. The embed shows the part you choose, a credit line and a link to the full explainer, and loads nothing from other sites.',
  closeDialog: 'Close',
  partLegend: 'Part to embed',
  kindLegend: 'Code for',
  themeLegend: 'Colours',
  codeLabel: 'Embed code',
  copy: 'Copy code',
  copied: 'Copied. Paste it into the HTML view of your page.',
  copyFallback: 'Your browser did not let the page copy. The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  preview: 'Preview this embed',
  /** A checkbox, off by default: the embed then shows the story as of March 7, 2021 only. */
  hindsightOption: 'Include what happened next (later reporting)',
  hindsightHint: 'Adds, marked Later reporting, what became of the proposals, the deadline and the people involved. Off, the part tells the story as of March 7, 2021.',
} as const;
