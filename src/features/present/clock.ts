const pad = (value: number): string => String(value).padStart(2, '0');

/** Milliseconds as "m:ss", or "h:mm:ss" past an hour; negative or broken input counts as zero. */
export const formatElapsed = (ms: number): string => {
  const total = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
};

/** The presenter's local wall-clock time, 24-hour "HH:MM". */
export const formatClock = (date: Date): string => `${pad(date.getHours())}:${pad(date.getMinutes())}`;
