import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/policy';
import { DEFAULT_SCHEDULE, type Schedule } from '../../src/core/schedule';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { EMPTY_TALLY, recordSend, startCooldown, startFreshWindow, type Tally } from '../../src/core/tally';
import { fakeClock } from './clock';
import { fixedZone, intlZone } from './zones';

const UTC = fixedZone(0);
const BERLIN = intlZone('Europe/Berlin');

const settings = { enabled: true, limit: 4, windowSeconds: 60, schedule: DEFAULT_SCHEDULE };
const WINDOW = 60_000;

function afterSends(clock: ReturnType<typeof fakeClock>, count: number, gapMs = 5_000): Tally {
  let tally = EMPTY_TALLY;
  for (let i = 0; i < count; i++) tally = recordSend(tally, clock.advance(gapMs), WINDOW);
  return tally;
}

describe('policy: pass or nudge', () => {
  it('uses 4 sends per 60 s by default, so the 5th is the one that pauses', () => {
    expect(DEFAULT_SETTINGS).toMatchObject(settings);
  });

  it('passes the first four sends and nudges the fifth', () => {
    const clock = fakeClock();
    for (let sent = 0; sent < 4; sent++) {
      expect(decide(settings, afterSends(fakeClock(), sent), clock.now()).kind).toBe('pass');
    }
    const tally = afterSends(clock, 4, 10_000);
    expect(decide(settings, tally, clock.advance(2_000))).toEqual({
      kind: 'nudge', reason: 'limit', count: 4, spanMs: 32_000, cooldownLeftMs: 0,
    });
  });

  it('passes again once the oldest send leaves the window', () => {
    const clock = fakeClock();
    const tally = afterSends(clock, 4, 10_000);
    expect(decide(settings, tally, clock.advance(29_999)).kind).toBe('nudge');
    expect(decide(settings, tally, clock.advance(1)).kind).toBe('pass');
  });

  it('follows a changed limit at once', () => {
    const clock = fakeClock();
    const tally = afterSends(clock, 2);
    expect(decide(settings, tally, clock.now()).kind).toBe('pass');
    expect(decide({ ...settings, limit: 2 }, tally, clock.now()).kind).toBe('nudge');
  });

  it('never nudges when switched off', () => {
    const clock = fakeClock();
    expect(decide({ ...settings, enabled: false }, afterSends(clock, 30), clock.now()).kind).toBe('pass');
  });

  it('nudges every send during a chosen cooldown and reports the time left', () => {
    const clock = fakeClock();
    const tally = startCooldown(afterSends(clock, 4), clock.now(), 10 * 60_000);
    const decision = decide(settings, tally, clock.advance(3 * 60_000));
    expect(decision).toMatchObject({ kind: 'nudge', reason: 'cooldown', cooldownLeftMs: 7 * 60_000 });
    expect(decide(settings, tally, clock.advance(7 * 60_000)).kind).toBe('pass');
  });

  it('starts a fresh window after "Send anyway": the next nudge comes limit sends later', () => {
    const clock = fakeClock();
    let tally = startFreshWindow(clock.advance(1_000));
    tally = recordSend(tally, clock.now(), WINDOW); // the replayed send itself
    for (let i = 0; i < 3; i++) {
      expect(decide(settings, tally, clock.advance(1_000)).kind).toBe('pass');
      tally = recordSend(tally, clock.now(), WINDOW);
    }
    expect(decide(settings, tally, clock.advance(1_000)).kind).toBe('nudge');
  });
});

describe('policy: the schedule', () => {
  // The fake clock starts on Thursday 2026-11-26 at 12:00 UTC.
  const nights: Schedule = { mode: 'hours', from: '22:00', to: '06:00', days: [5, 6] };
  const scheduled = { ...settings, schedule: nights };
  const at = (iso: string): number => Date.parse(iso);

  it('passes every send outside the schedule, however fast', () => {
    const clock = fakeClock();
    expect(decide(scheduled, afterSends(clock, 30, 1_000), clock.now(), UTC).kind).toBe('pass');
  });

  it('passes a chosen wait outside the schedule too', () => {
    const clock = fakeClock();
    const tally = startCooldown(EMPTY_TALLY, clock.now(), 10 * 60_000);
    expect(decide(scheduled, tally, clock.advance(1_000), UTC).kind).toBe('pass');
    expect(decide(settings, tally, clock.now(), UTC).kind).toBe('nudge');
  });

  it('counts sends made just before the schedule starts: the first send inside it can be the one that pauses', () => {
    const clock = fakeClock(at('2026-11-27T21:59:00Z'));
    let tally = EMPTY_TALLY;
    for (let i = 0; i < 4; i++) {
      expect(decide(scheduled, tally, clock.advance(10_000), UTC).kind).toBe('pass');
      tally = recordSend(tally, clock.now(), WINDOW);
    }
    expect(clock.now()).toBe(at('2026-11-27T21:59:40Z'));
    expect(decide(scheduled, tally, at('2026-11-27T21:59:59Z'), UTC).kind).toBe('pass');
    expect(decide(scheduled, tally, at('2026-11-27T22:00:00Z'), UTC)).toMatchObject({ kind: 'nudge', reason: 'limit', count: 4 });
  });

  it('follows the time zone it is given', () => {
    const tally = afterSends(fakeClock(at('2026-11-27T21:00:00Z')), 4, 10_000);
    // 21:00:45 UTC is 22:00:45 in Berlin (CET, UTC+1): inside Friday night there, not yet in UTC.
    expect(decide(scheduled, tally, at('2026-11-27T21:00:45Z'), BERLIN).kind).toBe('nudge');
    expect(decide(scheduled, tally, at('2026-11-27T21:00:45Z'), UTC).kind).toBe('pass');
  });
});

