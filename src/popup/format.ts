/** Dates and times as the popup shows them: in the messages' language and the zone it is given. */
import { dayKey, daysBetween, wallClock, type Zone } from '../core/zone';
import { t } from '../platform/i18n';

function language(): string {
  return t('languageTag');
}

/**
 * Intl formats a UTC date in UTC; the wall clock is already shifted into the zone, so the
 * injected zone is the only one that counts (tests pass any zone they like).
 */
function inZone(utcMs: number, zone: Zone, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(language(), { ...options, timeZone: 'UTC' }).format(wallClock(utcMs, zone));
}

/** A local clock time such as "6:00 AM" or "06:00", as the language writes it. */
export function clockTime(utcMs: number, zone: Zone): string {
  return inZone(utcMs, zone, { hour: 'numeric', minute: '2-digit' });
}

/** When a snooze ends: later today, or tomorrow (no snooze reaches further). */
export function snoozeEndText(until: number, now: number, zone: Zone): string {
  const time = clockTime(until, zone);
  return daysBetween(dayKey(now, zone), dayKey(until, zone)) > 0 ? t('snoozeActiveTomorrow', time) : t('snoozeActiveToday', time);
}

function dayDate(key: string): Date {
  return new Date(`${key}T00:00:00Z`);
}

/** A short weekday for a chart column, such as "Thu" or "jeu.". */
export function weekdayShort(key: string): string {
  return new Intl.DateTimeFormat(language(), { weekday: 'short', timeZone: 'UTC' }).format(dayDate(key));
}

/** A full date for the chart's table, such as "Thursday, November 26". */
export function dayLong(key: string): string {
  return new Intl.DateTimeFormat(language(), { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(dayDate(key));
}

export function count(n: number): string {
  return new Intl.NumberFormat(language()).format(n);
}
