import * as z from 'zod/mini';
import { systemZone, wallClock, type Zone } from './zone';

/**
 * When nudges apply. `always` (the default) or only between two wall-clock times on chosen days.
 *
 * A span that crosses midnight belongs to the day it starts on: "Fri 22:00–06:00" runs from
 * Friday 22:00 to Saturday 06:00, and choosing Friday alone does not pause Friday 00:00–06:00.
 * That is how people say it ("Friday night"), and it keeps one chosen day one evening.
 *
 * Times are wall-clock in the browser's time zone (a Zone passed in, as for stats and snooze),
 * so "22:00" stays 22:00 across DST changes: on the night the clocks jump, the span is an hour
 * shorter or longer in real time.
 */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface Schedule {
  readonly mode: 'always' | 'hours';
  /** "HH:MM", 24-hour. The start minute is inside the span. */
  readonly from: string;
  /** "HH:MM", 24-hour. The end minute is outside the span. */
  readonly to: string;
  /** 0 = Sunday … 6 = Saturday, as Date#getDay counts; sorted, no repeats, at least one. */
  readonly days: readonly Weekday[];
}

export const ALL_DAYS: readonly Weekday[] = Object.freeze([0, 1, 2, 3, 4, 5, 6]);
/** The order days are shown and summarised in: Monday first, as in most of the languages Steady speaks. */
export const WEEK_ORDER: readonly Weekday[] = Object.freeze([1, 2, 3, 4, 5, 6, 0]);

export const DEFAULT_SCHEDULE: Readonly<Schedule> = Object.freeze({ mode: 'always', from: '22:00', to: '06:00', days: ALL_DAYS });

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

// The schemas are marked pure so a bundle that does not use them (the content script, which reads
// stored schedules with the plain checks below) drops them, and zod with them (~6 KB gzip).
const time = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(TIME));
const weekday = /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(0), /* @__PURE__ */ z.maximum(6));
const days = /* @__PURE__ */ z.array(weekday).check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.refine((list) => new Set(list).size === list.length));

/** The one schema for a schedule: the form and file imports check against it; isSchedule says the same in plain code. */
export const scheduleSchema = /* @__PURE__ */ z
  .strictObject({ mode: z.enum(['always', 'hours']), from: time, to: time, days })
  .check(/* @__PURE__ */ z.refine((s) => s.from !== s.to, { path: ['to'] }));

const isTime = (value: unknown): value is string => typeof value === 'string' && TIME.test(value);
const isWeekday = (value: unknown): value is Weekday => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 6;
const isMode = (value: unknown): value is Schedule['mode'] => value === 'always' || value === 'hours';
const SCHEDULE_KEYS: readonly string[] = ['mode', 'from', 'to', 'days'];

/** What scheduleSchema accepts: exactly these four fields, each valid, days unique and not empty, from ≠ to. */
export function isSchedule(value: unknown): value is Schedule {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (Object.keys(value).some((key) => !SCHEDULE_KEYS.includes(key))) return false;
  const { mode, from, to, days: list } = value as Record<string, unknown>;
  return isMode(mode) && isTime(from) && isTime(to) && from !== to
    && Array.isArray(list) && list.length > 0 && list.every(isWeekday) && new Set(list).size === list.length;
}

export function sortDays(list: readonly Weekday[]): Weekday[] {
  return [...new Set(list)].sort((a, b) => a - b);
}

/** Why a schedule the person is editing cannot be saved; the form says it next to the field. */
export type ScheduleProblem = 'from' | 'to' | 'same' | 'days';

export type ScheduleVerdict = { ok: true; value: Schedule } | { ok: false; problems: ScheduleProblem[] };

/** Checks a schedule as edited in the form. Returns it with days sorted, or every reason it is refused. */
export function checkSchedule(draft: Schedule): ScheduleVerdict {
  const result = scheduleSchema.safeParse({ ...draft, days: [...draft.days] });
  if (result.success) return { ok: true, value: { ...result.data, days: sortDays(result.data.days as Weekday[]) } };
  const problems = new Set<ScheduleProblem>();
  for (const issue of result.error.issues) {
    const [field] = issue.path;
    if (field === 'from') problems.add('from');
    else if (field === 'to') problems.add(issue.code === 'custom' ? 'same' : 'to');
    else problems.add('days');
  }
  return { ok: false, problems: [...problems] };
}

/**
 * Reads a stored schedule leniently: a whole valid one is kept; otherwise each part falls back on
 * its own, and if the parts still do not make a schedule (from = to), the default is used.
 */
export function readSchedule(stored: unknown): Schedule {
  if (isSchedule(stored)) return { mode: stored.mode, from: stored.from, to: stored.to, days: sortDays(stored.days) };
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const part = (key: string): unknown => (Object.hasOwn(record, key) ? record[key] : undefined);
  const mode = part('mode');
  const from = part('from');
  const to = part('to');
  const storedDays = part('days');
  const validDays = Array.isArray(storedDays) ? storedDays.filter(isWeekday) : [];
  const candidate: Schedule = {
    mode: isMode(mode) ? mode : DEFAULT_SCHEDULE.mode,
    from: isTime(from) ? from : DEFAULT_SCHEDULE.from,
    to: isTime(to) ? to : DEFAULT_SCHEDULE.to,
    days: validDays.length > 0 ? sortDays(validDays) : [...ALL_DAYS],
  };
  return candidate.from === candidate.to ? { ...DEFAULT_SCHEDULE, days: [...ALL_DAYS] } : candidate;
}

function minuteOfDay(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** The weekday and minute of the day a wall clock in `zone` shows at `now`. */
export function localDayMinute(now: number, zone: Zone = systemZone): { day: Weekday; minute: number } {
  const wall = wallClock(now, zone);
  return { day: wall.getUTCDay() as Weekday, minute: wall.getUTCHours() * 60 + wall.getUTCMinutes() };
}

/**
 * Do nudges apply at `now`? Pure: the clock and the time zone are passed in.
 * The start minute is inside, the end minute outside; a span past midnight counts for the day it starts on.
 */
export function isScheduled(schedule: Schedule, now: number, zone: Zone = systemZone): boolean {
  if (schedule.mode === 'always') return true;
  const { day, minute } = localDayMinute(now, zone);
  const from = minuteOfDay(schedule.from);
  const to = minuteOfDay(schedule.to);
  if (from < to) return minute >= from && minute < to && schedule.days.includes(day);
  // Crosses midnight: the evening belongs to today, the small hours to yesterday.
  if (minute >= from) return schedule.days.includes(day);
  if (minute < to) return schedule.days.includes(((day + 6) % 7) as Weekday);
  return false;
}

/** The words a schedule summary is made of, in the reader's language. Injected, so this stays pure. */
export interface ScheduleWords {
  always(): string;
  /** `days` is null when every day is chosen. */
  hours(from: string, to: string, days: string | null): string;
  day(day: Weekday): string;
}

/** Chosen days as runs in week order, a run over the week's end joined up: [Fri, Sat, Sun, Mon] is one run. */
export function dayRuns(chosen: readonly Weekday[]): Weekday[][] {
  const runs: Weekday[][] = [];
  for (const day of WEEK_ORDER) {
    if (!chosen.includes(day)) continue;
    const last = runs[runs.length - 1];
    const previous = WEEK_ORDER[WEEK_ORDER.indexOf(day) - 1];
    if (last && previous !== undefined && last[last.length - 1] === previous) last.push(day);
    else runs.push([day]);
  }
  const first = runs[0];
  const last = runs[runs.length - 1];
  if (runs.length > 1 && first && last && first[0] === WEEK_ORDER[0] && last[last.length - 1] === WEEK_ORDER[6]) {
    runs.shift();
    last.push(...first);
  }
  return runs;
}

/** One line such as "Nudges only 22:00–06:00, Fri–Sat". For the options page, the card and the popup. */
export function describeSchedule(schedule: Schedule, words: ScheduleWords): string {
  if (schedule.mode === 'always') return words.always();
  if (schedule.days.length === ALL_DAYS.length) return words.hours(schedule.from, schedule.to, null);
  const runs = dayRuns(schedule.days).map((run) => {
    const first = run[0] as Weekday;
    const last = run[run.length - 1] as Weekday;
    return run.length === 1 ? words.day(first) : `${words.day(first)}–${words.day(last)}`;
  });
  return words.hours(schedule.from, schedule.to, runs.join(', '));
}
