import { isScheduled } from './schedule';
import type { Settings } from './settings';
import type { Zone } from './zone';
import { cooldownLeft, sendsInWindow, type Tally } from './tally';

export type Decision =
  | { readonly kind: 'pass' }
  | {
      readonly kind: 'nudge';
      readonly reason: 'limit' | 'cooldown';
      /** Confirmed sends in the current window. */
      readonly count: number;
      /** From the first of those sends until now. */
      readonly spanMs: number;
      /** Time left of a chosen wait; 0 for a limit nudge. */
      readonly cooldownLeftMs: number;
    };

export type PolicySettings = Pick<Settings, 'enabled' | 'limit' | 'windowSeconds' | 'schedule'>;

const PASS: Decision = Object.freeze({ kind: 'pass' });

/**
 * Would this send be one too many? Pure and synchronous: it runs inside a keydown handler
 * and must answer before the page sees the key. Outside the schedule every send passes, a chosen
 * wait included; the caller still counts passed sends, so the window is true when the schedule begins.
 * `zone` is for tests; the page uses the system's.
 */
export function decide(settings: PolicySettings, tally: Tally, now: number, zone?: Zone): Decision {
  if (!settings.enabled || !isScheduled(settings.schedule, now, zone)) return PASS;
  const sends = sendsInWindow(tally, now, settings.windowSeconds * 1000);
  const left = cooldownLeft(tally, now);
  const first = sends[0];
  const spanMs = first === undefined ? 0 : now - first;
  if (left > 0) return { kind: 'nudge', reason: 'cooldown', count: sends.length, spanMs, cooldownLeftMs: left };
  if (sends.length >= settings.limit) return { kind: 'nudge', reason: 'limit', count: sends.length, spanMs, cooldownLeftMs: 0 };
  return PASS;
}
