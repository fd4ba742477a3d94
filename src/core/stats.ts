import { addDays, dayKey, daysBetween, isDayKey, systemZone, type Zone } from './zone';

/**
 * Per-day counts of pauses and the choices made on them. Counts only: never a site, a
 * conversation, a name or a word of a message. Kept in storage.local under one key.
 */

/**
 * What happened on one pause: it was shown, then one of the three choices. And when the rules
 * bent: a snooze taken, a setting made looser (counted when made, even if it waits).
 */
export type StatEvent = 'shown' | 'waited' | 'keptEditing' | 'sentAnyway' | BendEvent;
export type BendEvent = 'snoozed' | 'loosened';

export const STAT_EVENTS: readonly StatEvent[] = ['shown', 'waited', 'keptEditing', 'sentAnyway', 'snoozed', 'loosened'];

/**
 * Why a pause came and how a streak pause ended, and the answers to the card's question. Kept beside
 * the four counts and only when not zero, so a day without them looks as it always did.
 * A pause is `shown` plus its reason (`burstShown` or `streakShown`); a streak pause then ends as
 * `streakReplied` (they wrote before you sent), `streakKept` (waited or kept editing) or `streakSentAnyway`.
 */
export type ReasonEvent = 'burstShown' | 'streakShown' | 'streakReplied' | 'streakKept' | 'streakSentAnyway' | 'answerYes' | 'answerNotSure';

export const REASON_EVENTS: readonly ReasonEvent[] = ['burstShown', 'streakShown', 'streakReplied', 'streakKept', 'streakSentAnyway', 'answerYes', 'answerNotSure'];

export type DayCounts = Readonly<Record<StatEvent, number>> & Readonly<Partial<Record<ReasonEvent, number>>>;

export interface Stats {
  /** Local date 'YYYY-MM-DD' -> that day's counts. Days with nothing are simply absent. */
  readonly days: Readonly<Record<string, DayCounts>>;
}

export interface DayStats extends DayCounts {
  readonly date: string;
}

export const STATS_KEY = 'stats';

/** A month of history is plenty for a week's chart and keeps storage tiny. */
export const KEEP_DAYS = 31;

/** A day that shows more than this is a bug or tampering, not a person; it caps the count. */
const MAX_COUNT = 100_000;

export const EMPTY_DAY: DayCounts = Object.freeze({ shown: 0, waited: 0, keptEditing: 0, sentAnyway: 0, snoozed: 0, loosened: 0 });
export const EMPTY_STATS: Stats = Object.freeze({ days: Object.freeze({}) });

/** Drops days older than KEEP_DAYS, and days implausibly far ahead (a clock that was wrong). */
function prune(days: Record<string, DayCounts>, today: string): Record<string, DayCounts> {
  const kept: Record<string, DayCounts> = {};
  for (const [key, counts] of Object.entries(days)) {
    const age = daysBetween(key, today);
    // A day or so ahead happens after flying west; more than that is a broken clock.
    if (age < KEEP_DAYS && age >= -1) kept[key] = counts;
  }
  return kept;
}

/** Counts one event on the local day of `now`, and prunes old days. Returns a new object. */
export function recordChoice(stats: Stats, event: StatEvent | ReasonEvent, now: number, zone: Zone = systemZone, times = 1): Stats {
  const today = dayKey(now, zone);
  const day = stats.days[today] ?? EMPTY_DAY;
  const next = { ...day, [event]: Math.min(MAX_COUNT, (day[event] ?? 0) + times) };
  return { days: prune({ ...stats.days, [today]: next }, today) };
}

/** The last seven local days, oldest first, ending today; a day with no pauses is all zeros. */
export function lastSevenDays(stats: Stats, now: number, zone: Zone = systemZone): DayStats[] {
  const today = dayKey(now, zone);
  return Array.from({ length: 7 }, (_, index) => {
    const date = addDays(today, index - 6);
    return { date, ...(stats.days[date] ?? EMPTY_DAY) };
  });
}

/** Pauses that ended without a send: the person waited or went back to the draft. */
export function keptCount(day: DayCounts): number {
  return day.waited + day.keptEditing;
}

/** A whole count in range. A plain check, not zod: this parser runs in the content script (record.ts), where zod/mini costs ~4 KB gzip. */
function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_COUNT;
}

/**
 * Reads whatever storage holds. A malformed day is dropped, a malformed count becomes 0, and
 * anything else becomes empty stats: a corrupt value never breaks the popup or the card.
 */
export function parseStats(value: unknown): Stats {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, 'days')) return EMPTY_STATS;
  const days = (value as { days: unknown }).days;
  if (typeof days !== 'object' || days === null || Array.isArray(days)) return EMPTY_STATS;
  const parsed: Record<string, DayCounts> = {};
  for (const [key, raw] of Object.entries(days)) {
    if (!isDayKey(key) || typeof raw !== 'object' || raw === null) continue;
    const counts: Record<StatEvent, number> & Partial<Record<ReasonEvent, number>> = { ...EMPTY_DAY };
    // The four counts are always there; a reason count only when it is not zero.
    for (const event of [...STAT_EVENTS, ...REASON_EVENTS]) {
      const value = Object.hasOwn(raw, event) ? (raw as Record<string, unknown>)[event] : 0;
      if (isCount(value) && value > 0) counts[event] = value;
    }
    parsed[key] = counts;
  }
  return { days: parsed };
}

/** The streak's week in numbers: reach-outs paused, how many ended with them writing first, and the answers. */
export interface StreakWeek {
  readonly paused: number;
  readonly repliedFirst: number;
  readonly yes: number;
  readonly notSure: number;
}

export function streakWeek(days: readonly DayCounts[]): StreakWeek {
  const sum = (event: ReasonEvent): number => days.reduce((total, day) => total + (day[event] ?? 0), 0);
  return { paused: sum('streakShown'), repliedFirst: sum('streakReplied'), yes: sum('answerYes'), notSure: sum('answerNotSure') };
}
