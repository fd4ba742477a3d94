import { describe, expect, it } from 'vitest';
import { EMPTY_DAY, EMPTY_STATS, KEEP_DAYS, keptCount, lastSevenDays, parseStats, recordChoice, STATS_KEY, streakWeek, type StatEvent, type Stats } from '../../src/core/stats';
import { addDays, dayKey, daysBetween, localTimeOn } from '../../src/core/zone';
import { fixedZone, intlZone } from './zones';

const berlin = intlZone('Europe/Berlin');
const newYork = intlZone('America/New_York');
const at = (iso: string): number => Date.parse(iso);

function record(events: readonly [StatEvent, number][], zone = berlin, start: Stats = EMPTY_STATS): Stats {
  return events.reduce((stats, [event, now]) => recordChoice(stats, event, now, zone), start);
}

describe('zone: local days', () => {
  it('tells the local date from the zone, not from UTC', () => {
    expect(dayKey(at('2026-11-26T22:59:59.999Z'), berlin)).toBe('2026-11-26');
    expect(dayKey(at('2026-11-26T23:00:00Z'), berlin)).toBe('2026-11-27');
    expect(dayKey(at('2026-11-27T04:59:59Z'), newYork)).toBe('2026-11-26');
    // Either side of the date line, one instant is two dates apart.
    expect(dayKey(at('2026-11-26T12:00:00Z'), intlZone('Pacific/Kiritimati'))).toBe('2026-11-27');
    expect(dayKey(at('2026-11-26T12:00:00Z'), intlZone('Pacific/Pago_Pago'))).toBe('2026-11-26');
  });

  it('steps calendar days across month, year and leap-day ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-03-25', '2026-03-31')).toBe(6);
    expect(daysBetween('2026-03-31', '2026-03-25')).toBe(-6);
  });

  it('finds a wall time on a DST day in the offset of that moment', () => {
    // Berlin springs forward on 2026-03-29 and falls back on 2026-10-25.
    expect(new Date(localTimeOn('2026-03-29', 6, berlin)).toISOString()).toBe('2026-03-29T04:00:00.000Z');
    expect(new Date(localTimeOn('2026-03-28', 6, berlin)).toISOString()).toBe('2026-03-28T05:00:00.000Z');
    expect(new Date(localTimeOn('2026-10-25', 6, berlin)).toISOString()).toBe('2026-10-25T05:00:00.000Z');
    expect(new Date(localTimeOn('2026-11-01', 6, newYork)).toISOString()).toBe('2026-11-01T11:00:00.000Z');
  });
});

describe('stats: counts per local day', () => {
  it('counts each event on its own day and starts a day at zero', () => {
    const stats = record([
      ['shown', at('2026-11-26T09:00:00Z')],
      ['waited', at('2026-11-26T09:00:05Z')],
      ['shown', at('2026-11-26T10:00:00Z')],
      ['sentAnyway', at('2026-11-26T10:00:09Z')],
      ['shown', at('2026-11-26T11:00:00Z')],
      ['keptEditing', at('2026-11-26T11:00:02Z')],
    ]);
    expect(stats.days).toEqual({ '2026-11-26': { ...EMPTY_DAY, shown: 3, waited: 1, keptEditing: 1, sentAnyway: 1 } });
    expect(keptCount(stats.days['2026-11-26'] ?? EMPTY_DAY)).toBe(2);
  });

  it('splits at local midnight: 23:59 and 00:01 are different days', () => {
    const stats = record([
      ['shown', at('2026-11-26T22:59:00Z')], // 23:59 in Berlin
      ['waited', at('2026-11-26T22:59:30Z')],
      ['shown', at('2026-11-26T23:01:00Z')], // 00:01 the next day
    ]);
    expect(Object.keys(stats.days).sort()).toEqual(['2026-11-26', '2026-11-27']);
    expect(stats.days['2026-11-26']).toMatchObject({ ...EMPTY_DAY, shown: 1, waited: 1 });
    expect(stats.days['2026-11-27']).toMatchObject({ ...EMPTY_DAY, shown: 1, waited: 0 });
  });

  it('uses the zone it is given: the same instants fall on other days elsewhere', () => {
    const instants: [StatEvent, number][] = [['shown', at('2026-11-26T22:59:00Z')], ['shown', at('2026-11-26T23:01:00Z')]];
    expect(Object.keys(record(instants, berlin).days)).toHaveLength(2);
    expect(Object.keys(record(instants, newYork).days)).toEqual(['2026-11-26']);
    expect(Object.keys(record(instants, fixedZone(9)).days)).toEqual(['2026-11-27']);
  });

  it('keeps the short spring-forward day as one day', () => {
    const stats = record([
      ['shown', at('2026-03-29T00:59:00Z')], // 01:59 CET
      ['shown', at('2026-03-29T01:00:00Z')], // 03:00 CEST: one minute later, though the wall clock jumped an hour
      ['shown', at('2026-03-29T21:59:00Z')], // 23:59 CEST
      ['shown', at('2026-03-29T22:00:00Z')], // 00:00 on the 30th
    ]);
    expect(stats.days['2026-03-29']?.shown).toBe(3);
    expect(stats.days['2026-03-30']?.shown).toBe(1);
  });

  it('keeps the long fall-back day as one day, the repeated hour included', () => {
    const stats = record([
      ['shown', at('2026-10-25T00:30:00Z')], // 02:30 CEST
      ['shown', at('2026-10-25T01:30:00Z')], // 02:30 CET, the same wall time again
      ['shown', at('2026-10-25T22:59:00Z')], // 23:59 CET
    ]);
    expect(stats.days).toEqual({ '2026-10-25': { ...EMPTY_DAY, shown: 3, waited: 0, keptEditing: 0, sentAnyway: 0 } });
  });

  it('never changes the stats it is given', () => {
    const before = record([['shown', at('2026-11-26T09:00:00Z')]]);
    const copy = JSON.parse(JSON.stringify(before)) as Stats;
    recordChoice(before, 'shown', at('2026-11-26T09:00:00Z'), berlin);
    expect(before).toEqual(copy);
  });
});

describe('stats: the last seven days', () => {
  it('has seven days, oldest first, ending today, with zeros for quiet days', () => {
    const stats = record([
      ['shown', at('2026-11-20T09:00:00Z')],
      ['sentAnyway', at('2026-11-20T09:01:00Z')],
      ['shown', at('2026-11-26T09:00:00Z')],
      ['waited', at('2026-11-26T09:01:00Z')],
    ]);
    const week = lastSevenDays(stats, at('2026-11-26T18:00:00Z'), berlin);
    expect(week.map((d) => d.date)).toEqual(['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26']);
    expect(week[0]).toEqual({ ...EMPTY_DAY, date: '2026-11-20', shown: 1, waited: 0, keptEditing: 0, sentAnyway: 1 });
    expect(week[3]).toEqual({ ...EMPTY_DAY, date: '2026-11-23', shown: 0, waited: 0, keptEditing: 0, sentAnyway: 0 });
    expect(week[6]).toMatchObject({ ...EMPTY_DAY, date: '2026-11-26', shown: 1, waited: 1 });
  });

  it('moves on at local midnight', () => {
    const stats = record([['shown', at('2026-11-26T12:00:00Z')]]);
    expect(lastSevenDays(stats, at('2026-11-26T22:59:59Z'), berlin)[6]).toMatchObject({ date: '2026-11-26', shown: 1 });
    const afterMidnight = lastSevenDays(stats, at('2026-11-26T23:00:00Z'), berlin);
    expect(afterMidnight[6]).toMatchObject({ date: '2026-11-27', shown: 0 });
    expect(afterMidnight[5]).toMatchObject({ date: '2026-11-26', shown: 1 });
  });

  it('neither skips nor repeats a day across a DST switch', () => {
    // 00:30 on the day after spring-forward: stepping back in 24-hour chunks would skip the 29th.
    const spring = lastSevenDays(EMPTY_STATS, at('2026-03-29T22:30:00Z'), berlin).map((d) => d.date);
    expect(spring).toEqual(['2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30']);
    // 23:30 on the day after fall-back: 24-hour chunks would land on one date twice.
    const fall = lastSevenDays(EMPTY_STATS, at('2026-10-26T22:30:00Z'), berlin).map((d) => d.date);
    expect(fall).toEqual(['2026-10-20', '2026-10-21', '2026-10-22', '2026-10-23', '2026-10-24', '2026-10-25', '2026-10-26']);
    expect(new Set(fall).size).toBe(7);
  });
});

describe('stats: pruning and storage', () => {
  it('forgets days older than a month when it records', () => {
    let stats = EMPTY_STATS;
    const today = at('2026-11-26T12:00:00Z');
    for (const back of [40, KEEP_DAYS, KEEP_DAYS - 1, 1]) stats = recordChoice(stats, 'shown', today - back * 86_400_000, berlin);
    stats = recordChoice(stats, 'shown', today, berlin);
    expect(Object.keys(stats.days).sort()).toEqual([addDays('2026-11-26', -(KEEP_DAYS - 1)), '2026-11-25', '2026-11-26']);
  });

  it('drops days far in the future (a clock that was wrong), keeps tomorrow (a flight west)', () => {
    const stats = parseStats({ days: { '2026-11-27': { shown: 1 }, '2027-05-01': { shown: 9 } } });
    expect(Object.keys(recordChoice(stats, 'shown', at('2026-11-26T12:00:00Z'), berlin).days).sort()).toEqual(['2026-11-26', '2026-11-27']);
  });

  it('stores under one key and survives a JSON round trip', () => {
    expect(STATS_KEY).toBe('stats');
    const stats = record([['shown', at('2026-11-26T09:00:00Z')], ['keptEditing', at('2026-11-26T09:00:04Z')]]);
    expect(parseStats(JSON.parse(JSON.stringify(stats)))).toEqual(stats);
  });

  it.each([undefined, null, 7, 'stats', [], {}, { days: null }, { days: [] }, { days: 'x' }])('reads %j as empty stats', (value) => {
    expect(parseStats(value)).toEqual(EMPTY_STATS);
  });

  it('drops malformed days and zeroes malformed counts, keeping the rest', () => {
    const stats = parseStats({
      days: {
        '2026-11-26': { shown: 2, waited: -1, keptEditing: 1.5, sentAnyway: '3', extra: 'ignored' },
        '2026-11-25': { shown: 1 },
        '2026-02-31': { shown: 5 },
        'yesterday': { shown: 5 },
        '2026-11-24': 'lots',
      },
    });
    expect(stats.days).toEqual({
      '2026-11-26': { ...EMPTY_DAY, shown: 2, waited: 0, keptEditing: 0, sentAnyway: 0 },
      '2026-11-25': { ...EMPTY_DAY, shown: 1, waited: 0, keptEditing: 0, sentAnyway: 0 },
    });
  });

  it('takes nothing from a prototype', () => {
    const sneaky = JSON.parse('{"days": {"__proto__": {"shown": 3}}}') as unknown;
    expect(parseStats(sneaky)).toEqual(EMPTY_STATS);
    expect(lastSevenDays(parseStats(sneaky), at('2026-11-26T12:00:00Z'), berlin).every((d) => d.shown === 0)).toBe(true);
  });

  it('holds counts only: no text, no site, no conversation', () => {
    const stats = record([['shown', at('2026-11-26T09:00:00Z')]]);
    expect(JSON.stringify(stats)).toBe('{"days":{"2026-11-26":{"shown":1,"waited":0,"keptEditing":0,"sentAnyway":0,"snoozed":0,"loosened":0}}}');
  });
});

describe('stats: reasons, streak endings and answers', () => {
  const T = Date.UTC(2026, 10, 26, 12);
  const utc = fixedZone(0);

  it('counts them per day beside the four counts, and a day without them looks as before', () => {
    let stats = recordChoice(EMPTY_STATS, 'shown', T, utc);
    expect(stats.days['2026-11-26']).toEqual({ ...EMPTY_DAY, shown: 1 });
    for (const event of ['streakShown', 'streakReplied', 'answerYes', 'answerYes', 'answerNotSure'] as const) stats = recordChoice(stats, event, T, utc);
    expect(stats.days['2026-11-26']).toMatchObject({ shown: 1, streakShown: 1, streakReplied: 1, answerYes: 2, answerNotSure: 1 });
    expect(parseStats(JSON.parse(JSON.stringify(stats)))).toEqual(stats);
  });

  it('sums the week: reach-outs paused, they replied first, and the answers', () => {
    const days = [{ ...EMPTY_DAY, streakShown: 2, streakReplied: 1, answerYes: 1 }, { ...EMPTY_DAY, streakShown: 1, answerNotSure: 3 }, EMPTY_DAY];
    expect(streakWeek(days)).toEqual({ paused: 3, repliedFirst: 1, yes: 1, notSure: 3 });
  });

  it('drops a corrupt reason count instead of the day', () => {
    expect(parseStats({ days: { '2026-11-26': { shown: 1, streakShown: -2, answerYes: 'x', streakReplied: 1 } } }).days['2026-11-26'])
      .toEqual({ ...EMPTY_DAY, shown: 1, streakReplied: 1 });
  });
});
