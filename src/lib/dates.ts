import type { DatePrecision, IsoDate } from '../content/types';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/**
 * Formats an ISO date at its own precision ("2010", "June 2011", "March 7, 2021").
 * Written by hand, not with Intl, so server and browser print the same text.
 */
export const formatDate = (date: IsoDate, precision: DatePrecision = 'day'): string => {
  const [year = '', month, day] = date.split('-');
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (precision === 'year' || monthName === undefined) return year;
  if (precision === 'month' || day === undefined) return `${monthName} ${year}`;
  return `${monthName} ${Number(day)}, ${year}`;
};

/** Whole days from `from` to `to` (both YYYY-MM-DD), counted in UTC. */
export const daysBetween = (from: IsoDate, to: IsoDate): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Precision implied by the shape of the string. */
export const precisionOf = (date: IsoDate): DatePrecision =>
  date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
