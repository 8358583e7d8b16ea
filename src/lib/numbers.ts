/** 2500 → "2,500", identical on server and client (no locale data involved). */
export const formatCount = (value: number): string => String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
