import { decide, type Decision, type PolicySettings } from './policy';
import type { Streak } from './streak';
import type { Tally } from './tally';
import { addDays, dayKey, localTimeOn, systemZone, type Zone } from './zone';

/**
 * Snooze: for a while, no pause card anywhere. Stored as one end time (ms since epoch) in
 * storage.local: a break is taken on this device, now; it should not reach a phone hours later
 * through sync, and local changes reach every tab at once.
 */
export const SNOOZE_KEY = 'snoozeUntil';

export const SNOOZE_HOUR_MS = 3_600_000;

/** "Until tomorrow" ends at this local hour: after a night's sleep, not at midnight. */
export const MORNING_HOUR = 6;

/**
 * The longest snooze the buttons can set (from just after 6:00 to 6:00 next day, plus an
 * hour for a DST switch). Anything longer in storage is corrupt and must not silence Steady for good.
 */
export const MAX_SNOOZE_MS = 25 * SNOOZE_HOUR_MS;

export function snoozeForAnHour(now: number): number {
  return now + SNOOZE_HOUR_MS;
}

/**
 * The next 6:00 local strictly after `now`. At 23:30 that is 6½ hours away; at 2:00 (still
 * "tonight" for someone awake) it is 6:00 the same date, which is the morning they mean.
 */
export function snoozeUntilMorning(now: number, zone: Zone = systemZone): number {
  const today = dayKey(now, zone);
  const todayMorning = localTimeOn(today, MORNING_HOUR, zone);
  return todayMorning > now ? todayMorning : localTimeOn(addDays(today, 1), MORNING_HOUR, zone);
}

/** Snoozed until the end time itself; at that very moment the card is back. */
export function isSnoozed(snoozeUntil: number, now: number): boolean {
  return now < snoozeUntil && snoozeUntil - now <= MAX_SNOOZE_MS;
}

/** Reads the stored end time; anything else means "not snoozed". */
export function parseSnooze(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

const PASS: Decision = Object.freeze({ kind: 'pass' });

/**
 * The guard's decision with the snooze applied: while snoozed every send passes (and is
 * still counted by the tally, so the limit is right the moment the snooze ends).
 */
export function decideWithSnooze(settings: PolicySettings, tally: Tally, snoozeUntil: number, now: number, streak?: Streak): Decision {
  return isSnoozed(snoozeUntil, now) ? PASS : decide(settings, tally, now, undefined, streak);
}
