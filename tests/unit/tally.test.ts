import { describe, expect, it } from 'vitest';
import {
  compactTally, cooldownLeft, EMPTY_TALLY, mergeTallies, parseTally, recordSend, sendsInWindow, startCooldown, startFreshWindow, type Tally,
} from '../../src/core/tally';
import { fakeClock } from './clock';

const WINDOW = 60_000;

function sendTimes(clock: ReturnType<typeof fakeClock>, gapsMs: number[]): Tally {
  let tally = EMPTY_TALLY;
  for (const gap of gapsMs) tally = recordSend(tally, clock.advance(gap), WINDOW);
  return tally;
}

describe('tally: a sliding window of confirmed sends', () => {
  it('counts the sends inside the window and forgets older ones', () => {
    const clock = fakeClock();
    const tally = sendTimes(clock, [0, 10_000, 10_000, 10_000]);
    expect(sendsInWindow(tally, clock.now(), WINDOW)).toHaveLength(4);
    clock.advance(35_000); // the first send is now 65 s old
    expect(sendsInWindow(tally, clock.now(), WINDOW)).toHaveLength(3);
    clock.advance(60_000);
    expect(sendsInWindow(tally, clock.now(), WINDOW)).toHaveLength(0);
  });

  it('treats a send exactly one window old as outside it', () => {
    const clock = fakeClock();
    const tally = sendTimes(clock, [0]);
    expect(sendsInWindow(tally, clock.now() + WINDOW - 1, WINDOW)).toHaveLength(1);
    expect(sendsInWindow(tally, clock.now() + WINDOW, WINDOW)).toHaveLength(0);
  });

  it('drops expired times when recording, so it never grows without bound', () => {
    const clock = fakeClock();
    let tally = EMPTY_TALLY;
    for (let i = 0; i < 500; i++) tally = recordSend(tally, clock.advance(1_000), WINDOW);
    expect(tally.sends.length).toBeLessThanOrEqual(64);
    expect(sendsInWindow(tally, clock.now(), WINDOW)).toHaveLength(60);
  });

  it('a fresh window forgets earlier sends and any cooldown', () => {
    const clock = fakeClock();
    let tally = startCooldown(sendTimes(clock, [0, 1_000, 1_000]), clock.now(), 600_000);
    tally = startFreshWindow(clock.advance(1_000));
    expect(sendsInWindow(tally, clock.now(), WINDOW)).toHaveLength(0);
    expect(cooldownLeft(tally, clock.now())).toBe(0);
  });

  it('a cooldown runs out on its own', () => {
    const clock = fakeClock();
    const tally = startCooldown(EMPTY_TALLY, clock.now(), 600_000);
    expect(cooldownLeft(tally, clock.advance(1_000))).toBe(599_000);
    expect(cooldownLeft(tally, clock.advance(599_000))).toBe(0);
  });
});

describe('tally: two tabs of one conversation merge', () => {
  it('keeps the sends of both tabs, once each', () => {
    const clock = fakeClock();
    const a = sendTimes(clock, [0, 1_000]);
    const b = recordSend(a, clock.advance(500), WINDOW);
    const c = recordSend(a, clock.advance(500), WINDOW);
    const merged = mergeTallies(b, c);
    expect(merged.sends).toHaveLength(4);
    expect(mergeTallies(c, b)).toEqual(merged);
  });

  it('lets the later reset win over older sends from the other tab', () => {
    const clock = fakeClock();
    const old = sendTimes(clock, [0, 1_000, 1_000, 1_000]);
    const fresh = startFreshWindow(clock.advance(1_000));
    expect(mergeTallies(old, fresh).sends).toHaveLength(0);
  });

  it('keeps a cooldown chosen after the last reset, and drops one chosen before it', () => {
    const clock = fakeClock();
    const waiting = startCooldown(EMPTY_TALLY, clock.advance(1_000), 600_000);
    expect(cooldownLeft(mergeTallies(EMPTY_TALLY, waiting), clock.now())).toBe(600_000);
    const sentAnyway = startFreshWindow(clock.advance(1_000));
    expect(cooldownLeft(mergeTallies(waiting, sentAnyway), clock.now())).toBe(0);
  });
});

describe('tally: storage', () => {
  it('reads back what it stored', () => {
    const clock = fakeClock();
    const tally = sendTimes(clock, [0, 1_000]);
    expect(parseTally(JSON.parse(JSON.stringify(tally)))).toEqual(tally);
  });

  it.each([null, 'x', 42, [], { sends: 'no' }, { sends: [1, -5], resetAt: 0, cooldownUntil: 0, cooldownFrom: 0 }, { sends: [1] }])(
    'treats corrupt stored value %j as an empty tally',
    (value) => {
      expect(parseTally(value)).toEqual(EMPTY_TALLY);
    },
  );

  it('compacts to nothing once every send has expired and no cooldown runs', () => {
    const clock = fakeClock();
    const tally = sendTimes(clock, [0]);
    expect(compactTally(tally, clock.now(), WINDOW)).not.toBeNull();
    expect(compactTally(tally, clock.advance(WINDOW), WINDOW)).toBeNull();
    expect(compactTally(startCooldown(tally, clock.now(), 1_000), clock.now(), WINDOW)).not.toBeNull();
  });

  it('keeps a fresh window with no sends in it until the window has passed', () => {
    const clock = fakeClock();
    const fresh = startFreshWindow(clock.now());
    expect(compactTally(fresh, clock.now(), WINDOW)).toEqual(fresh);
    expect(compactTally(fresh, clock.advance(WINDOW - 1), WINDOW)).toEqual(fresh);
    expect(compactTally(fresh, clock.advance(1), WINDOW)).toBeNull();
  });
});
