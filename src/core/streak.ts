import { isRecord, isTimestamp } from './tally';

/**
 * The unanswered streak: how many times you have reached out in one conversation since the other
 * person last wrote. Only times, never text. Shaped like the tally so two tabs merge their copies
 * without a coordinator: own sends are a set, and every reset carries the time it happened, so the
 * later one wins.
 */
export interface Streak {
  /** Our confirmed send times (ms), ascending: only those after `since` and inside the last day count. */
  readonly sends: readonly number[];
  /** Sends before this no longer count: they replied (seen live or as the newest row). */
  readonly since: number;
  /** When Steady saw their last message arrive; 0 when it does not know. */
  readonly lastReplyAt: number;
  /** "Wait until they reply" was chosen at this time; 0 for none. It ends with a reply, a send anyway or after a day. */
  readonly waitFrom: number;
  /** "Send anyway" on a streak pause: a wait chosen before this is over. */
  readonly waitOffAt: number;
  /** The last streak pause shown, for "they replied first" in the stats. */
  readonly pausedAt: number;
}

export const EMPTY_STREAK: Streak = Object.freeze({ sends: Object.freeze([]), since: 0, lastReplyAt: 0, waitFrom: 0, waitOffAt: 0, pausedAt: 0 });

/** A streak spans at most a day: older sends are forgotten, and a wait ends by itself. */
export const STREAK_SPAN_MS = 24 * 3_600_000;

/** More sends than any day of reach-outs needs; a bound keeps storage small whatever happens. */
const MAX_SENDS = 64;

export interface StreakRule {
  /** Reach-outs without a reply allowed; the first send of the next one is held. */
  readonly reachOuts: number;
  /** Sends closer together than this are one reach-out. */
  readonly quietMs: number;
}

/** Sends that count: after the last reply, within the last day, not in the future. */
export function countingSends(streak: Streak, now: number): number[] {
  return streak.sends.filter((t) => t > streak.since && t > now - STREAK_SPAN_MS && t <= now);
}

/** Groups sends into reach-outs: a gap of less than the quiet time joins the previous one; exactly the quiet time starts a new one. */
export function reachOutCount(sends: readonly number[], quietMs: number): number {
  let count = 0;
  let last = -Infinity;
  for (const t of sends) {
    if (t - last >= quietMs) count++;
    last = t;
  }
  return count;
}

/** Would a send now start a new reach-out (rather than continue the one in progress)? */
export function startsReachOut(streak: Streak, now: number, quietMs: number): boolean {
  const sends = countingSends(streak, now);
  const last = sends[sends.length - 1];
  return last === undefined || now - last >= quietMs;
}

export function waiting(streak: Streak, now: number): boolean {
  const { waitFrom } = streak;
  return waitFrom > 0 && waitFrom > streak.since && waitFrom > streak.waitOffAt && now - waitFrom < STREAK_SPAN_MS && waitFrom <= now;
}

export interface StreakVerdict {
  /** Reach-outs since they last wrote, this one included when the send would start a new one. */
  readonly reachOuts: number;
  /** When Steady saw them write last; 0 when it does not know. */
  readonly lastReplyAt: number;
  /** A chosen "Wait until they reply" is on: every send here brings the card back. */
  readonly waiting: boolean;
}

/** Should a send now be held for the streak? Null when it may go. */
export function judgeStreak(streak: Streak, rule: StreakRule, now: number): StreakVerdict | null {
  const sends = countingSends(streak, now);
  const fresh = startsReachOut(streak, now, rule.quietMs);
  const made = reachOutCount(sends, rule.quietMs);
  const isWaiting = waiting(streak, now);
  if (!isWaiting && !(fresh && made >= rule.reachOuts)) return null;
  return { reachOuts: made + (fresh ? 1 : 0), lastReplyAt: streak.lastReplyAt, waiting: isWaiting };
}

/** Will the next reach-out be held once this send (passed now) is counted? The card is then fetched ahead. */
export function pauseIsNext(streak: Streak, rule: StreakRule, now: number): boolean {
  return reachOutCount([...countingSends(streak, now), now], rule.quietMs) >= rule.reachOuts;
}

export function recordStreakSend(streak: Streak, now: number): Streak {
  return { ...streak, sends: [...countingSends(streak, now), now].slice(-MAX_SENDS) };
}

/** They wrote (seen arriving): the streak is over, and so is a chosen wait. */
export function streakReply(streak: Streak, now: number): Streak {
  // A busy chat brings many replies while nothing is counting: keep the same object (nothing to
  // store) until "they last wrote" would be a minute out of date.
  const settled = countingSends(streak, now).length === 0 && !waiting(streak, now);
  if (settled && streak.lastReplyAt <= now && now - streak.lastReplyAt < REPLY_PRECISION_MS) return streak;
  return { ...streak, sends: [], since: now, lastReplyAt: now };
}

/** How finely "they last wrote" is kept while no reach-out is counting. */
export const REPLY_PRECISION_MS = 60_000;

/** The newest row is theirs: the streak is over, though when they wrote is not known. */
export function newestIsTheirs(streak: Streak, now: number): Streak {
  return countingSends(streak, now).length === 0 && !waiting(streak, now) ? streak : { ...streak, sends: [], since: now };
}

/** Notes when something happened: a wait chosen (waitFrom), a wait ended by a send anyway (waitOffAt), a streak pause shown (pausedAt). */
export function stamp(streak: Streak, field: 'waitFrom' | 'waitOffAt' | 'pausedAt', now: number): Streak {
  return { ...streak, [field]: now };
}

export const startStreakWait = (streak: Streak, now: number): Streak => stamp(streak, 'waitFrom', now);
export const endStreakWait = (streak: Streak, now: number): Streak => stamp(streak, 'waitOffAt', now);
export const markStreakPause = (streak: Streak, now: number): Streak => stamp(streak, 'pausedAt', now);

/** A reply ends a streak pause "they replied first" when nothing was sent since that pause. */
export function repliedFirst(streak: Streak, now: number): boolean {
  const { pausedAt } = streak;
  return pausedAt > streak.since && now - pausedAt < STREAK_SPAN_MS && !streak.sends.some((t) => t >= pausedAt);
}

/** Do two copies hold the same times? (Key order does not matter, unlike JSON text.) */
export function sameStreak(a: Streak | undefined, b: Streak | undefined): boolean {
  return timesOf(a) === timesOf(b);
}

/** Five fixed times, then the sends: one string per copy, whatever the key order. */
const timesOf = (s: Streak | undefined): string => (s ? [...FIELDS.map((field) => s[field]), ...s.sends].join() : '');

/** Merges two copies of one conversation's streak (this tab's and another's). Order does not matter. */
export function mergeStreaks(a: Streak, b: Streak): Streak {
  const since = Math.max(a.since, b.since);
  const sends = [...new Set([...a.sends, ...b.sends])].filter((t) => t > since).sort((x, y) => x - y).slice(-MAX_SENDS);
  return {
    sends,
    since,
    lastReplyAt: Math.max(a.lastReplyAt, b.lastReplyAt),
    waitFrom: Math.max(a.waitFrom, b.waitFrom),
    waitOffAt: Math.max(a.waitOffAt, b.waitOffAt),
    pausedAt: Math.max(a.pausedAt, b.pausedAt),
  };
}

/**
 * Drops what can no longer matter. Null when nothing is left: no send, wait or pause in the last
 * day (a reply seen more than a day ago is not worth keeping either).
 */
export function compactStreak(streak: Streak, now: number): Streak | null {
  const sends = countingSends(streak, now);
  const recent = (t: number): number => (t > now - STREAK_SPAN_MS && t <= now ? t : 0);
  const next: Streak = {
    sends,
    since: recent(streak.since),
    lastReplyAt: recent(streak.lastReplyAt),
    waitFrom: waiting(streak, now) ? streak.waitFrom : 0,
    waitOffAt: recent(streak.waitOffAt),
    pausedAt: recent(streak.pausedAt),
  };
  // A send-anyway time alone (waitOffAt) is worth nothing without a wait.
  return sends.length || next.since || next.lastReplyAt || next.waitFrom || next.pausedAt ? next : null;
}

const FIELDS = ['since', 'lastReplyAt', 'waitFrom', 'waitOffAt', 'pausedAt'] as const;

/** Reads one stored streak; anything malformed is no streak at all (null). */
export function parseStreak(value: unknown): Streak | null {
  if (!isRecord(value)) return null;
  const sends = Object.hasOwn(value, 'sends') ? value.sends : undefined;
  if (!Array.isArray(sends) || !sends.every(isTimestamp)) return null;
  const times: Partial<Record<(typeof FIELDS)[number], number>> = {};
  for (const field of FIELDS) {
    const time = Object.hasOwn(value, field) ? value[field] : undefined;
    if (!isTimestamp(time)) return null;
    times[field] = time;
  }
  return { ...(times as Omit<Streak, 'sends'>), sends: [...sends].sort((x, y) => x - y).slice(-MAX_SENDS) };
}

export type StreakMap = Readonly<Record<string, Streak>>;

/** Reads the stored map of streaks; a corrupt entry is dropped, a corrupt map is none at all. */
export function parseStreaks(value: unknown): Record<string, Streak> {
  if (!isRecord(value)) return {};
  const kept: Record<string, Streak> = {};
  for (const [key, raw] of Object.entries(value)) {
    const streak = parseStreak(raw);
    if (streak) kept[key] = streak;
  }
  return kept;
}

/** The map as it should be stored: every entry compacted, nothing older than a day. */
export function compactStreaks(map: StreakMap, now: number): Record<string, Streak> {
  const kept: Record<string, Streak> = {};
  for (const [key, streak] of Object.entries(map)) {
    const next = compactStreak(streak, now);
    if (next) kept[key] = next;
  }
  return kept;
}

/** The storage.local key that holds every streak: { saltedKey: Streak }. */
export const STREAKS_KEY = 'streaks';
