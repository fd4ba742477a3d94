import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/policy';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { EMPTY_TALLY, recordSend, startCooldown, startFreshWindow, type Tally } from '../../src/core/tally';
import { fakeClock } from './clock';

const settings = { enabled: true, limit: 4, windowSeconds: 60 };
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
