/**
 * Local calendar arithmetic with the time zone passed in, so "today", "midnight" and "6:00 next
 * morning" can be tested for any zone and across daylight-saving switches.
 */

/** A time zone, as the one thing the rest needs: how far local wall time is from UTC at a moment. */
export interface Zone {
  /** Local wall time minus UTC, in ms, at the instant `utcMs`. */
  offsetMs(utcMs: number): number;
}

/** The machine's own zone, through Date; good enough for a person's "today". */
export const systemZone: Zone = {
  offsetMs: (utcMs) => -new Date(utcMs).getTimezoneOffset() * 60_000,
};

const DAY_MS = 86_400_000;

/** Local wall time as if it were UTC: read it back with getUTC* methods. */
export function wallClock(utcMs: number, zone: Zone): Date {
  return new Date(utcMs + zone.offsetMs(utcMs));
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** 'YYYY-MM-DD' for the local day that holds `utcMs`. Sorts as text in date order. */
export function dayKey(utcMs: number, zone: Zone): string {
  const wall = wallClock(utcMs, zone);
  return `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
}

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar day as a UTC midnight, or NaN for a malformed key. */
function keyToUtcDay(key: string): number {
  const m = DAY_KEY.exec(key);
  if (!m) return NaN;
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Date.UTC rolls 2026-02-31 over into March; a real key reads back the same.
  return new Date(day).toISOString().slice(0, 10) === key ? day : NaN;
}

export function isDayKey(key: string): boolean {
  return !Number.isNaN(keyToUtcDay(key));
}

/**
 * The key `days` calendar days after `key` (before, when negative). Calendar days, not 24-hour
 * steps: a 23- or 25-hour day at a DST switch is still one day.
 */
export function addDays(key: string, days: number): string {
  return new Date(keyToUtcDay(key) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((keyToUtcDay(to) - keyToUtcDay(from)) / DAY_MS);
}

/**
 * The instant a local wall time happens on a given day. Two passes find the offset in force at
 * that moment; in a DST gap (the wall time never happens) it lands as far past the jump as the
 * wall time was into the gap, which is the answer a clock on the wall would give.
 */
export function localTimeOn(key: string, hour: number, zone: Zone): number {
  const wall = keyToUtcDay(key) + hour * 3_600_000;
  const guess = wall - zone.offsetMs(wall);
  return wall - zone.offsetMs(guess);
}
