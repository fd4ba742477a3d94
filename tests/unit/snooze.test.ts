import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import {
  decideWithSnooze, isSnoozed, MAX_SNOOZE_MS, parseSnooze, SNOOZE_HOUR_MS, SNOOZE_KEY, snoozeForAnHour, snoozeUntilMorning,
} from '../../src/core/snooze';
import { EMPTY_TALLY, recordSend, startCooldown, type Tally } from '../../src/core/tally';
import { fakeClock } from './clock';
import { fixedZone, intlZone } from './zones';

const berlin = intlZone('Europe/Berlin');
const at = (iso: string): number => Date.parse(iso);
const iso = (ms: number): string => new Date(ms).toISOString();

describe('snooze: for an hour', () => {
  it('ends exactly an hour later, and at that very moment is over', () => {
    const clock = fakeClock();
    const until = snoozeForAnHour(clock.now());
    expect(until - clock.now()).toBe(SNOOZE_HOUR_MS);
    expect(isSnoozed(until, clock.now())).toBe(true);
    expect(isSnoozed(until, until - 1)).toBe(true);
    expect(isSnoozed(until, until)).toBe(false);
    expect(isSnoozed(until, until + 1)).toBe(false);
  });

  it('undo clears it at once', () => {
    const clock = fakeClock();
    expect(isSnoozed(snoozeForAnHour(clock.now()), clock.now())).toBe(true);
    expect(isSnoozed(0, clock.now())).toBe(false);
  });
});

describe('snooze: until tomorrow morning (the next 6:00 local)', () => {
  it('from late evening, ends at 6:00 the next day', () => {
    expect(iso(snoozeUntilMorning(at('2026-11-26T22:30:00Z'), berlin))).toBe('2026-11-27T05:00:00.000Z');
  });

  it('from the small hours, ends at 6:00 the same date: the morning they mean', () => {
    expect(iso(snoozeUntilMorning(at('2026-11-27T01:00:00Z'), berlin))).toBe('2026-11-27T05:00:00.000Z');
  });

  it('at 6:00 exactly, or just after, ends at 6:00 the day after', () => {
    expect(iso(snoozeUntilMorning(at('2026-11-27T05:00:00Z'), berlin))).toBe('2026-11-28T05:00:00.000Z');
    expect(iso(snoozeUntilMorning(at('2026-11-27T04:59:59.999Z'), berlin))).toBe('2026-11-27T05:00:00.000Z');
  });

  it('follows the clock on the wall across DST switches', () => {
    // The night Berlin springs forward is an hour shorter; the night it falls back, an hour longer.
    expect(iso(snoozeUntilMorning(at('2026-03-28T22:00:00Z'), berlin))).toBe('2026-03-29T04:00:00.000Z');
    expect(iso(snoozeUntilMorning(at('2026-10-24T21:00:00Z'), berlin))).toBe('2026-10-25T05:00:00.000Z');
    expect(iso(snoozeUntilMorning(at('2026-03-08T03:00:00Z'), intlZone('America/New_York')))).toBe('2026-03-08T10:00:00.000Z');
  });

  it('uses the zone it is given', () => {
    expect(iso(snoozeUntilMorning(at('2026-11-26T12:00:00Z'), fixedZone(0)))).toBe('2026-11-27T06:00:00.000Z');
    // 04:00 local: the same morning, two hours on.
    expect(iso(snoozeUntilMorning(at('2026-11-26T12:00:00Z'), fixedZone(-8)))).toBe('2026-11-26T14:00:00.000Z');
    // 02:00 local on the 27th already: four hours on.
    expect(iso(snoozeUntilMorning(at('2026-11-26T12:00:00Z'), fixedZone(14)))).toBe('2026-11-26T16:00:00.000Z');
  });

  it('is never longer than the longest snooze allowed, even on the long fall-back night', () => {
    const justAfterSix = at('2026-10-24T04:00:00.001Z'); // 06:00 CEST and a millisecond
    const until = snoozeUntilMorning(justAfterSix, berlin);
    expect(until - justAfterSix).toBeLessThanOrEqual(MAX_SNOOZE_MS);
    expect(isSnoozed(until, justAfterSix)).toBe(true);
  });
});

describe('snooze: storage', () => {
  it('lives under one key, as an end time', () => {
    expect(SNOOZE_KEY).toBe('snoozeUntil');
    expect(parseSnooze(1_800_000_000_000)).toBe(1_800_000_000_000);
  });

  it.each([undefined, null, 'soon', -5, 0, Number.NaN, Number.POSITIVE_INFINITY, { until: 5 }])('reads %j as not snoozed', (value) => {
    expect(parseSnooze(value)).toBe(0);
  });

  it('ignores an end time further away than any button sets: corrupt storage must not silence Steady for good', () => {
    const clock = fakeClock();
    expect(isSnoozed(clock.now() + MAX_SNOOZE_MS, clock.now())).toBe(true);
    expect(isSnoozed(clock.now() + MAX_SNOOZE_MS + 1, clock.now())).toBe(false);
  });
});

describe('the guard honours the snooze', () => {
  const settings = { enabled: true, limit: 4, windowSeconds: 60, schedule: DEFAULT_SETTINGS.schedule };

  function busy(clock: ReturnType<typeof fakeClock>, sends = 10): Tally {
    let tally = EMPTY_TALLY;
    for (let i = 0; i < sends; i++) tally = recordSend(tally, clock.advance(1_000), 60_000);
    return tally;
  }

  it('lets every send pass while snoozed, however fast', () => {
    const clock = fakeClock();
    const tally = busy(clock);
    expect(decideWithSnooze(settings, tally, snoozeForAnHour(clock.now()), clock.now())).toEqual({ kind: 'pass' });
  });

  it('lets sends pass during a chosen wait too: no card anywhere', () => {
    const clock = fakeClock();
    const tally = startCooldown(busy(clock, 2), clock.now(), 10 * 60_000);
    expect(decideWithSnooze(settings, tally, 0, clock.now()).kind).toBe('nudge');
    expect(decideWithSnooze(settings, tally, snoozeForAnHour(clock.now()), clock.now()).kind).toBe('pass');
  });

  it('pauses again at exactly the end time, with the sends made meanwhile counted', () => {
    const clock = fakeClock();
    const until = clock.now() + 30_000;
    // Four sends during the snooze, the last ones just before it ends.
    const tally = busy(clock, 4);
    expect(decideWithSnooze(settings, tally, until, until - 1).kind).toBe('pass');
    expect(decideWithSnooze(settings, tally, until, until)).toMatchObject({ kind: 'nudge', reason: 'limit', count: 4 });
  });

  it('pauses again at once after undo', () => {
    const clock = fakeClock();
    const tally = busy(clock);
    expect(decideWithSnooze(settings, tally, 0, clock.now()).kind).toBe('nudge');
  });

  it('changes nothing when not snoozed', () => {
    const clock = fakeClock();
    expect(decideWithSnooze(DEFAULT_SETTINGS, busy(clock, 3), 0, clock.now()).kind).toBe('pass');
    expect(decideWithSnooze({ ...settings, enabled: false }, busy(clock), 0, clock.now()).kind).toBe('pass');
  });
});
