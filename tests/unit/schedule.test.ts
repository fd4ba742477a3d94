import { describe, expect, it } from 'vitest';
import {
  checkSchedule,
  dayRuns,
  DEFAULT_SCHEDULE,
  describeSchedule,
  isScheduled,
  readSchedule,
  localDayMinute,
  type Schedule,
  type ScheduleWords,
  type Weekday,
} from '../../src/core/schedule';
import { fixedZone, intlZone } from './zones';

const UTC = fixedZone(0);
const BERLIN = intlZone('Europe/Berlin');
const NEW_YORK = intlZone('America/New_York');

const at = (iso: string): number => Date.parse(iso);
const hours = (from: string, to: string, days: Weekday[]): Schedule => ({ mode: 'hours', from, to, days });
// 2026-11-27 is a Friday, 2026-11-28 a Saturday, 2026-11-29 a Sunday.
const FRI = 5;
const SAT = 6;

describe('schedule: is now inside it?', () => {
  it('is always inside when the mode is "always", whatever the days say', () => {
    expect(isScheduled({ ...DEFAULT_SCHEDULE, days: [1] }, at('2026-11-29T03:00:00Z'), UTC)).toBe(true);
  });

  it('takes the start minute in and leaves the end minute out', () => {
    const evening = hours('18:30', '21:00', [FRI]);
    expect(isScheduled(evening, at('2026-11-27T18:29:59.999Z'), UTC)).toBe(false);
    expect(isScheduled(evening, at('2026-11-27T18:30:00Z'), UTC)).toBe(true);
    expect(isScheduled(evening, at('2026-11-27T20:59:59Z'), UTC)).toBe(true);
    expect(isScheduled(evening, at('2026-11-27T21:00:00Z'), UTC)).toBe(false);
  });

  it('only on the chosen days', () => {
    const evening = hours('18:00', '21:00', [FRI]);
    expect(isScheduled(evening, at('2026-11-27T19:00:00Z'), UTC)).toBe(true);
    expect(isScheduled(evening, at('2026-11-28T19:00:00Z'), UTC)).toBe(false);
  });

  it('a span past midnight belongs to the day it starts on', () => {
    const fridayNight = hours('22:00', '06:00', [FRI]);
    expect(isScheduled(fridayNight, at('2026-11-27T21:59:00Z'), UTC)).toBe(false);
    expect(isScheduled(fridayNight, at('2026-11-27T22:00:00Z'), UTC)).toBe(true);
    expect(isScheduled(fridayNight, at('2026-11-27T23:59:59Z'), UTC)).toBe(true);
    // The day boundary: Saturday 00:00 is still Friday night.
    expect(isScheduled(fridayNight, at('2026-11-28T00:00:00Z'), UTC)).toBe(true);
    expect(isScheduled(fridayNight, at('2026-11-28T05:59:59Z'), UTC)).toBe(true);
    expect(isScheduled(fridayNight, at('2026-11-28T06:00:00Z'), UTC)).toBe(false);
    // Saturday night was not chosen, and the small hours of Friday belong to Thursday night.
    expect(isScheduled(fridayNight, at('2026-11-28T22:00:00Z'), UTC)).toBe(false);
    expect(isScheduled(fridayNight, at('2026-11-27T03:00:00Z'), UTC)).toBe(false);
  });

  it('two chosen nights run on into the morning after the second', () => {
    const weekend = hours('22:00', '06:00', [FRI, SAT]);
    expect(isScheduled(weekend, at('2026-11-29T05:00:00Z'), UTC)).toBe(true);
    expect(isScheduled(weekend, at('2026-11-29T22:00:00Z'), UTC)).toBe(false);
  });

  it('Saturday night into Sunday wraps the week (6 → 0)', () => {
    const saturdayNight = hours('23:00', '01:00', [SAT]);
    expect(isScheduled(saturdayNight, at('2026-11-29T00:30:00Z'), UTC)).toBe(true);
    // And Sunday night carries into Monday.
    expect(isScheduled(hours('23:00', '01:00', [0]), at('2026-11-30T00:30:00Z'), UTC)).toBe(true);
  });

  it('reads the wall clock of the given time zone', () => {
    const fridayNight = hours('22:00', '06:00', [FRI]);
    // 21:30 UTC on Friday is 22:30 in Berlin (CET) and 16:30 in New York (EST).
    expect(isScheduled(fridayNight, at('2026-11-27T21:30:00Z'), BERLIN)).toBe(true);
    expect(isScheduled(fridayNight, at('2026-11-27T21:30:00Z'), NEW_YORK)).toBe(false);
    // 03:00 UTC Saturday is Friday 22:00 in New York: Friday night there.
    expect(isScheduled(fridayNight, at('2026-11-28T03:00:00Z'), NEW_YORK)).toBe(true);
  });

  describe('across a daylight saving change, the span keeps its wall-clock times', () => {
    // New York springs forward on Sunday 2026-03-08 (02:00 EST → 03:00 EDT) and falls back on Sunday 2026-11-01.
    const saturdayNight = hours('22:00', '06:00', [SAT]);

    it('the night the clocks jump forward is an hour shorter, but ends at 06:00 local', () => {
      expect(isScheduled(saturdayNight, at('2026-03-08T03:00:00Z'), NEW_YORK)).toBe(true); // 22:00 EST
      expect(isScheduled(saturdayNight, at('2026-03-08T09:59:59Z'), NEW_YORK)).toBe(true); // 05:59:59 EDT
      expect(isScheduled(saturdayNight, at('2026-03-08T10:00:00Z'), NEW_YORK)).toBe(false); // 06:00 EDT
      expect(localDayMinute(at('2026-03-08T07:00:00Z'), NEW_YORK)).toEqual({ day: 0, minute: 3 * 60 });
    });

    it('the night the clocks fall back is an hour longer, and ends at 06:00 local', () => {
      expect(isScheduled(saturdayNight, at('2026-11-01T02:00:00Z'), NEW_YORK)).toBe(true); // 22:00 EDT
      expect(isScheduled(saturdayNight, at('2026-11-01T10:59:59Z'), NEW_YORK)).toBe(true); // 05:59:59 EST
      expect(isScheduled(saturdayNight, at('2026-11-01T11:00:00Z'), NEW_YORK)).toBe(false); // 06:00 EST
    });

    it('an hour that happens twice is inside both times', () => {
      const lateHour = hours('01:00', '02:00', [0]);
      expect(isScheduled(lateHour, at('2026-11-01T05:30:00Z'), NEW_YORK)).toBe(true); // 01:30 EDT
      expect(isScheduled(lateHour, at('2026-11-01T06:30:00Z'), NEW_YORK)).toBe(true); // 01:30 EST
    });
  });
});

describe('schedule: checking what the form holds', () => {
  it('accepts a valid schedule and sorts its days', () => {
    expect(checkSchedule(hours('22:00', '06:00', [SAT, FRI]))).toEqual({ ok: true, value: hours('22:00', '06:00', [FRI, SAT]) });
  });

  it.each([
    [hours('', '06:00', [1]), ['from']],
    [hours('22:00', '6:00', [1]), ['to']],
    [hours('24:00', '06:00', [1]), ['from']],
    [hours('22:00', '22:00', [1]), ['same']],
    [hours('22:00', '06:00', []), ['days']],
    [hours('22:00', '06:00', [1, 1]), ['days']],
    [hours('x', 'y', []), ['from', 'to', 'days']],
  ] as const)('refuses %j and says why', (draft, problems) => {
    expect(checkSchedule(draft as Schedule)).toEqual({ ok: false, problems });
  });
});

describe('schedule: reading what storage holds', () => {
  it('keeps a valid schedule', () => {
    expect(readSchedule(hours('22:00', '06:00', [FRI, SAT]))).toEqual(hours('22:00', '06:00', [FRI, SAT]));
  });

  it('falls back part by part', () => {
    expect(readSchedule({ mode: 'hours', from: '7pm', to: '23:00', days: [3, 3, 9, 'x', 1] })).toEqual(hours('22:00', '23:00', [1, 3]));
    expect(readSchedule({ mode: 'sometimes', from: '08:00', to: '09:00', days: [] })).toEqual({ mode: 'always', from: '08:00', to: '09:00', days: [0, 1, 2, 3, 4, 5, 6] });
  });

  it('uses the default when the parts do not make a schedule', () => {
    expect(readSchedule({ mode: 'hours', from: '06:00', to: 'broken' })).toEqual(DEFAULT_SCHEDULE);
    expect(readSchedule('nights')).toEqual(DEFAULT_SCHEDULE);
  });
});

describe('schedule: the one-line summary', () => {
  const NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const words: ScheduleWords = {
    always: () => 'Nudges at any time',
    hours: (from, to, days) => `Nudges only ${from}–${to}, ${days ?? 'every day'}`,
    day: (day) => NAMES[day] ?? '?',
  };

  it.each([
    [DEFAULT_SCHEDULE, 'Nudges at any time'],
    [hours('22:00', '06:00', [FRI, SAT]), 'Nudges only 22:00–06:00, Fri–Sat'],
    [hours('22:00', '06:00', [0, 1, 2, 3, 4, 5, 6]), 'Nudges only 22:00–06:00, every day'],
    [hours('09:00', '17:00', [1, 2, 3, 4, 5]), 'Nudges only 09:00–17:00, Mon–Fri'],
    [hours('09:00', '17:00', [1, 3, 5]), 'Nudges only 09:00–17:00, Mon, Wed, Fri'],
    [hours('20:00', '23:00', [0, 1, 3, 5, 6]), 'Nudges only 20:00–23:00, Wed, Fri–Mon'],
    [hours('20:00', '23:00', [0]), 'Nudges only 20:00–23:00, Sun'],
  ] as const)('%j reads "%s"', (schedule, line) => {
    expect(describeSchedule(schedule as Schedule, words)).toBe(line);
  });

  it('joins runs over the end of the week', () => {
    expect(dayRuns([0, 1, 6])).toEqual([[6, 0, 1]]);
    expect(dayRuns([0, 1, 2, 3, 4, 5, 6])).toEqual([[1, 2, 3, 4, 5, 6, 0]]);
    expect(dayRuns([])).toEqual([]);
  });
});
