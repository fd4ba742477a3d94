/**
 * The tally: what Steady remembers about one conversation. Only times, never text.
 *
 * It is shaped so that two tabs of the same conversation can merge their copies without a
 * coordinator: send times are a set, and the two resets (a fresh window after "Send anyway",
 * a cooldown after "Wait") carry the time they were chosen, so the later choice wins.
 */
export interface Tally {
  /** Confirmed send times (ms since epoch), ascending. */
  readonly sends: readonly number[];
  /** Sends before this time no longer count: "Send anyway" starts a fresh window. */
  readonly resetAt: number;
  /** While `now < cooldownUntil`, every send in this conversation brings the card back. */
  readonly cooldownUntil: number;
  /** When that cooldown was chosen; a later reset cancels it. */
  readonly cooldownFrom: number;
}

export const EMPTY_TALLY: Tally = Object.freeze({ sends: Object.freeze([]), resetAt: 0, cooldownUntil: 0, cooldownFrom: 0 });

/** A held tally never needs more than this many times; a bound keeps storage small whatever happens. */
const MAX_SENDS = 64;

export function sendsInWindow(tally: Tally, now: number, windowMs: number): number[] {
  return tally.sends.filter((t) => t > now - windowMs && t >= tally.resetAt && t <= now);
}

export function recordSend(tally: Tally, now: number, windowMs: number): Tally {
  const kept = sendsInWindow(tally, now, windowMs);
  kept.push(now);
  return { ...tally, sends: kept.slice(-MAX_SENDS) };
}

export function startFreshWindow(now: number): Tally {
  return { sends: [], resetAt: now, cooldownUntil: 0, cooldownFrom: 0 };
}

/**
 * The other person wrote back: the flood, if there was one, is over. Earlier sends stop counting
 * and a chosen wait ends too, so answering them is never paused. Same shape as a fresh window,
 * so tabs merge it the same way. When nothing counts, the very same tally comes back: a busy group
 * chat brings a reply with every row, and each would otherwise be a storage write.
 */
export function replyArrived(tally: Tally, now: number, windowMs: number): Tally {
  if (sendsInWindow(tally, now, windowMs).length === 0 && cooldownLeft(tally, now) === 0) return tally;
  return startFreshWindow(now);
}

export function startCooldown(tally: Tally, now: number, cooldownMs: number): Tally {
  return { ...tally, cooldownUntil: now + cooldownMs, cooldownFrom: now };
}

export function cooldownLeft(tally: Tally, now: number): number {
  return tally.cooldownFrom > tally.resetAt && now < tally.cooldownUntil ? tally.cooldownUntil - now : 0;
}

/** Merges two copies of one conversation's tally (this tab's and another tab's). Order does not matter. */
export function mergeTallies(a: Tally, b: Tally): Tally {
  const resetAt = Math.max(a.resetAt, b.resetAt);
  const sends = [...new Set([...a.sends, ...b.sends])].filter((t) => t >= resetAt).sort((x, y) => x - y).slice(-MAX_SENDS);
  const later = a.cooldownFrom >= b.cooldownFrom ? a : b;
  const cooldownKept = later.cooldownFrom > resetAt;
  return {
    sends,
    resetAt,
    cooldownUntil: cooldownKept ? later.cooldownUntil : 0,
    cooldownFrom: cooldownKept ? later.cooldownFrom : 0,
  };
}

/**
 * Drops what can no longer matter, so stored tallies stay tiny. Returns null when nothing is left.
 * A fresh window ("Send anyway", their reply) is kept while it still matters, so another open tab
 * of the conversation stops counting the sends before it too.
 */
export function compactTally(tally: Tally, now: number, windowMs: number): Tally | null {
  const sends = sendsInWindow(tally, now, windowMs);
  const cooling = cooldownLeft(tally, now) > 0;
  if (sends.length === 0 && !cooling && tally.resetAt <= now - windowMs) return null;
  return { ...tally, sends, ...(cooling ? {} : { cooldownUntil: 0, cooldownFrom: 0 }) };
}

/** A stored time: a finite number ≥ 0 (what the zod schema here used to say, without zod in the content script). */
export function isTimestamp(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a stored tally; anything malformed (any field missing or wrong) counts as an empty one. */
export function parseTally(value: unknown): Tally {
  if (!isRecord(value)) return EMPTY_TALLY;
  const { sends, resetAt, cooldownUntil, cooldownFrom } = value;
  if (!Array.isArray(sends) || !sends.every(isTimestamp)) return EMPTY_TALLY;
  if (!isTimestamp(resetAt) || !isTimestamp(cooldownUntil) || !isTimestamp(cooldownFrom)) return EMPTY_TALLY;
  return { resetAt, cooldownUntil, cooldownFrom, sends: [...sends].sort((a, b) => a - b).slice(-MAX_SENDS) };
}
