import { isScheduled } from './schedule';
import type { Settings } from './settings';
import { judgeStreak, type Streak } from './streak';
import type { Zone } from './zone';
import { cooldownLeft, sendsInWindow, type Tally } from './tally';

/** The streak behind a streak pause: what the card's line says. */
export interface StreakFacts {
  /** Reach-outs since they last wrote, this one included. */
  readonly reachOuts: number;
  /** When Steady saw them write last; 0 when it does not know. */
  readonly lastReplyAt: number;
  /** "Wait until they reply" is on in this conversation. */
  readonly waiting: boolean;
}

export type Decision =
  | { readonly kind: 'pass' }
  | {
      readonly kind: 'nudge';
      /** limit and cooldown are the burst rule; streak is unanswered reach-outs, named first when both apply. */
      readonly reason: 'limit' | 'cooldown' | 'streak';
      /** Confirmed sends in the current window. */
      readonly count: number;
      /** From the first of those sends until now. */
      readonly spanMs: number;
      /** Time left of a chosen wait; 0 for a limit nudge. */
      readonly cooldownLeftMs: number;
      /** Only on a streak nudge. */
      readonly streak?: StreakFacts;
    };

export type PolicySettings = Pick<Settings, 'enabled' | 'limit' | 'windowSeconds' | 'schedule'> &
  Partial<Pick<Settings, 'streakEnabled' | 'streakReachOuts' | 'quietMinutes'>>;

const PASS: Decision = Object.freeze({ kind: 'pass' });

/**
 * Would this send be one too many? Pure and synchronous: it runs inside a keydown handler
 * and must answer before the page sees the key. Outside the schedule every send passes, a chosen
 * wait included; the caller still counts passed sends, so the window is true when the schedule begins.
 * `zone` is for tests; the page uses the system's. `streak` is this conversation's streak where the
 * site recognises replies, and undefined where the streak rule cannot work.
 */
export function decide(settings: PolicySettings, tally: Tally, now: number, zone?: Zone, streak?: Streak): Decision {
  if (!settings.enabled || !isScheduled(settings.schedule, now, zone)) return PASS;
  const sends = sendsInWindow(tally, now, settings.windowSeconds * 1000);
  const left = cooldownLeft(tally, now);
  const first = sends[0];
  const spanMs = first === undefined ? 0 : now - first;
  const { streakEnabled, streakReachOuts, quietMinutes } = settings;
  if (streak && streakEnabled && streakReachOuts !== undefined && quietMinutes !== undefined) {
    const verdict = judgeStreak(streak, { reachOuts: streakReachOuts, quietMs: quietMinutes * 60_000 }, now);
    if (verdict) return { kind: 'nudge', reason: 'streak', count: sends.length, spanMs, cooldownLeftMs: 0, streak: verdict };
  }
  if (left > 0) return { kind: 'nudge', reason: 'cooldown', count: sends.length, spanMs, cooldownLeftMs: left };
  if (sends.length >= settings.limit) return { kind: 'nudge', reason: 'limit', count: sends.length, spanMs, cooldownLeftMs: 0 };
  return PASS;
}
