/** Fills `{name}` placeholders of a copy template; unknown placeholders stay as written, so a typo shows rather than vanishing. */
export const fillTemplate = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
