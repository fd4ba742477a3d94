/**
 * The schedule in words, shared by the options page, the pause card and the popup.
 * The logic is core's describeSchedule; this only lends it the person's language.
 */
import { describeSchedule, type Schedule, type ScheduleWords, type Weekday } from '../core/schedule';
import { t, type MessageKey } from '../platform/i18n';

/** Weekday names as check box labels, indexed like Date#getDay (0 = Sunday). */
export const DAY_NAMES: readonly MessageKey[] = [
  'scheduleDaySunday', 'scheduleDayMonday', 'scheduleDayTuesday', 'scheduleDayWednesday',
  'scheduleDayThursday', 'scheduleDayFriday', 'scheduleDaySaturday',
];

const SHORT_DAY_NAMES: readonly MessageKey[] = [
  'scheduleDayShortSun', 'scheduleDayShortMon', 'scheduleDayShortTue', 'scheduleDayShortWed',
  'scheduleDayShortThu', 'scheduleDayShortFri', 'scheduleDayShortSat',
];

export function dayName(day: Weekday): string {
  return t(DAY_NAMES[day] ?? 'scheduleDaySunday');
}

const WORDS: ScheduleWords = {
  always: () => t('scheduleSummaryAlways'),
  hours: (from, to, days) => (days === null ? t('scheduleSummaryEveryDay', from, to) : t('scheduleSummaryHours', from, to, days)),
  day: (day) => t(SHORT_DAY_NAMES[day] ?? 'scheduleDayShortSun'),
};

/** "Nudges only 22:00–06:00, Fri–Sat", or "Nudges at any time". */
export function scheduleSummary(schedule: Schedule): string {
  return describeSchedule(schedule, WORDS);
}
