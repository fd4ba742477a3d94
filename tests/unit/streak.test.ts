import { describe, expect, it } from 'vitest';
import { keyedHashKey } from '../../src/core/hash';
import { decide } from '../../src/core/policy';
import { DEFAULT_SCHEDULE } from '../../src/core/schedule';
import { parseSecret, secretFrom } from '../../src/core/secret';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import {
  compactStreaks, EMPTY_STREAK, endStreakWait, judgeStreak, markStreakPause, mergeStreaks, newestIsTheirs, parseStreaks,
  reachOutCount, recordStreakSend, repliedFirst, REPLY_PRECISION_MS, STREAK_SPAN_MS, startStreakWait, streakReply, type Streak,
} from '../../src/core/streak';
import { EMPTY_TALLY } from '../../src/core/tally';
import { fakeClock } from './clock';

const MIN = 60_000;
const QUIET = 5 * MIN;
const rule = { reachOuts: 2, quietMs: QUIET };

/** Sends at these offsets (ms) from the clock's start. */
function sendsAt(start: number, ...offsets: number[]): Streak {
  return offsets.reduce((streak, offset) => recordStreakSend(streak, start + offset), EMPTY_STREAK);
}

describe('streak: grouping sends into reach-outs at the quiet time', () => {
  it('"hey" + "how are you" + "dinner saturday?" typed in a row is one reach-out', () => {
    expect(reachOutCount([0, 20_000, 45_000], QUIET)).toBe(1);
  });

  it('a gap just under the quiet time joins; exactly at it or just over starts a new reach-out', () => {
    expect(reachOutCount([0, QUIET - 1], QUIET)).toBe(1);
    expect(reachOutCount([0, QUIET], QUIET)).toBe(2);
    expect(reachOutCount([0, QUIET + 1], QUIET)).toBe(2);
  });

  it('a string of sends each under the quiet time apart stays one reach-out, however long it runs', () => {
    expect(reachOutCount([0, 4 * MIN, 8 * MIN, 12 * MIN], QUIET)).toBe(1);
  });
});

describe('streak: the pause', () => {
  it('holds the first send of the third reach-out, not the second, with the count and no known reply time', () => {
    const clock = fakeClock();
    const t0 = clock.now();
    const two = sendsAt(t0, 0, 10_000, 30 * MIN);
    expect(judgeStreak(sendsAt(t0, 0), rule, t0 + 30 * MIN)).toBeNull();
    expect(judgeStreak(two, rule, t0 + 60 * MIN)).toEqual({ reachOuts: 3, lastReplyAt: 0, waiting: false });
  });

  it('the quiet-time boundary decides whether the next send is a new reach-out', () => {
    const t0 = fakeClock().now();
    const two = sendsAt(t0, 0, 30 * MIN);
    expect(judgeStreak(two, rule, t0 + 30 * MIN + QUIET - 1)).toBeNull();
    expect(judgeStreak(two, rule, t0 + 30 * MIN + QUIET)).not.toBeNull();
    expect(judgeStreak(two, rule, t0 + 30 * MIN + QUIET + 1)).not.toBeNull();
  });

  it('counts only the last 24 hours', () => {
    const t0 = fakeClock().now();
    const two = sendsAt(t0, 0, 30 * MIN);
    expect(judgeStreak(two, rule, t0 + STREAK_SPAN_MS - 1)).not.toBeNull();
    expect(judgeStreak(two, rule, t0 + STREAK_SPAN_MS)).toBeNull();
  });

  it('a reply ends the streak and says when they wrote on the next one', () => {
    const t0 = fakeClock().now();
    const replied = streakReply(sendsAt(t0, 0, 30 * MIN), t0 + 40 * MIN);
    expect(judgeStreak(replied, rule, t0 + 50 * MIN)).toBeNull();
    const again = [60, 120].reduce((s, m) => recordStreakSend(s, t0 + m * MIN), replied);
    expect(judgeStreak(again, rule, t0 + 280 * MIN)).toEqual({ reachOuts: 3, lastReplyAt: t0 + 40 * MIN, waiting: false });
  });

  it('a busy chat: further replies while nothing counts change nothing (no write) until a minute has passed', () => {
    const t0 = fakeClock().now();
    const replied = streakReply(sendsAt(t0, 0), t0 + MIN);
    expect(streakReply(replied, t0 + MIN + 1000)).toBe(replied);
    expect(streakReply(replied, t0 + MIN + REPLY_PRECISION_MS - 1)).toBe(replied);
    expect(streakReply(replied, t0 + MIN + REPLY_PRECISION_MS).lastReplyAt).toBe(t0 + MIN + REPLY_PRECISION_MS);
    // A send since the last reply is counting: the next reply always ends it.
    const sentAgain = recordStreakSend(replied, t0 + MIN + 2000);
    expect(streakReply(sentAgain, t0 + MIN + 3000)).toMatchObject({ sends: [], lastReplyAt: t0 + MIN + 3000 });
  });

  it('a chosen wait holds every send, even one inside the same reach-out, until they reply', () => {
    const t0 = fakeClock().now();
    const waiting = startStreakWait(sendsAt(t0, 0, 30 * MIN), t0 + 60 * MIN);
    expect(judgeStreak(waiting, rule, t0 + 60 * MIN + 1000)).toMatchObject({ waiting: true });
    expect(judgeStreak(streakReply(waiting, t0 + 61 * MIN), rule, t0 + 62 * MIN)).toBeNull();
  });

  it('a chosen wait ends after a day, or with a send anyway', () => {
    const t0 = fakeClock().now();
    const waiting = startStreakWait(sendsAt(t0, 0), t0 + MIN);
    expect(judgeStreak(waiting, rule, t0 + MIN + STREAK_SPAN_MS - 1)).toMatchObject({ waiting: true });
    expect(judgeStreak(waiting, rule, t0 + MIN + STREAK_SPAN_MS)).toBeNull();
    expect(judgeStreak(endStreakWait(waiting, t0 + 2 * MIN), rule, t0 + 2 * MIN + 1)).toBeNull();
  });

  it('the newest row being theirs ends the streak without claiming to know when they wrote', () => {
    const t0 = fakeClock().now();
    const ended = newestIsTheirs(startStreakWait(sendsAt(t0, 0, 30 * MIN), t0 + 31 * MIN), t0 + 90 * MIN);
    expect(judgeStreak(ended, rule, t0 + 91 * MIN)).toBeNull();
    expect(ended.lastReplyAt).toBe(0);
    // Nothing to end: the streak is left as it is (no write).
    const quiet = streakReply(EMPTY_STREAK, t0);
    expect(newestIsTheirs(quiet, t0 + MIN)).toBe(quiet);
  });

  it('"they replied first" when nothing was sent between the pause and the reply', () => {
    const t0 = fakeClock().now();
    const paused = markStreakPause(sendsAt(t0, 0, 30 * MIN), t0 + 60 * MIN);
    expect(repliedFirst(paused, t0 + 70 * MIN)).toBe(true);
    expect(repliedFirst(recordStreakSend(paused, t0 + 61 * MIN), t0 + 70 * MIN)).toBe(false);
    expect(repliedFirst(sendsAt(t0, 0), t0 + 70 * MIN)).toBe(false);
  });
});

describe('streak: policy', () => {
  const settings = { enabled: true, limit: 4, windowSeconds: 60, schedule: DEFAULT_SCHEDULE, streakEnabled: true, streakReachOuts: 2, quietMinutes: 5 };

  it('names the streak, with the reach-out count', () => {
    const t0 = fakeClock().now();
    expect(decide(settings, EMPTY_TALLY, t0 + 60 * MIN, undefined, sendsAt(t0, 0, 30 * MIN))).toEqual({
      kind: 'nudge', reason: 'streak', count: 0, spanMs: 0, cooldownLeftMs: 0, streak: { reachOuts: 3, lastReplyAt: 0, waiting: false },
    });
  });

  it('when burst and streak both apply, the streak is named', () => {
    const t0 = fakeClock().now();
    const tally = { ...EMPTY_TALLY, sends: [1, 2, 3, 4].map((s) => t0 + 60 * MIN - s * 1000) };
    expect(decide(settings, tally, t0 + 60 * MIN, undefined, sendsAt(t0, 0, 30 * MIN))).toMatchObject({ reason: 'streak' });
    expect(decide(settings, tally, t0 + 60 * MIN, undefined, EMPTY_STREAK)).toMatchObject({ reason: 'limit' });
  });

  it('is off with its switch, where the site does not recognise replies, and with Steady off', () => {
    const t0 = fakeClock().now();
    const streak = sendsAt(t0, 0, 30 * MIN);
    expect(decide({ ...settings, streakEnabled: false }, EMPTY_TALLY, t0 + 60 * MIN, undefined, streak).kind).toBe('pass');
    expect(decide(settings, EMPTY_TALLY, t0 + 60 * MIN, undefined, undefined).kind).toBe('pass');
    expect(decide({ ...settings, enabled: false }, EMPTY_TALLY, t0 + 60 * MIN, undefined, streak).kind).toBe('pass');
  });

  it('follows the reach-outs setting: at 1, the second reach-out is held', () => {
    const t0 = fakeClock().now();
    expect(decide({ ...settings, streakReachOuts: 1 }, EMPTY_TALLY, t0 + 10 * MIN, undefined, sendsAt(t0, 0)).kind).toBe('nudge');
    expect(DEFAULT_SETTINGS).toMatchObject({ streakEnabled: true, streakReachOuts: 2, quietMinutes: 5 });
  });
});

describe('streak: two tabs merge their copies', () => {
  it('sends are a union; the later reply wins over both', () => {
    const t0 = fakeClock().now();
    const a = sendsAt(t0, 0);
    const b = sendsAt(t0, 30 * MIN);
    expect(mergeStreaks(a, b).sends).toEqual([t0, t0 + 30 * MIN]);
    expect(mergeStreaks(b, a)).toEqual(mergeStreaks(a, b));
    const replied = streakReply(a, t0 + 20 * MIN);
    const merged = mergeStreaks(replied, b);
    expect(merged.sends).toEqual([t0 + 30 * MIN]);
    expect(merged.lastReplyAt).toBe(t0 + 20 * MIN);
  });

  it('a wait chosen in one tab holds in the other; a reply in either ends it', () => {
    const t0 = fakeClock().now();
    const a = startStreakWait(sendsAt(t0, 0, 30 * MIN), t0 + 40 * MIN);
    const b = sendsAt(t0, 0, 30 * MIN);
    expect(judgeStreak(mergeStreaks(b, a), rule, t0 + 41 * MIN)).toMatchObject({ waiting: true });
    expect(judgeStreak(mergeStreaks(a, streakReply(b, t0 + 45 * MIN)), rule, t0 + 46 * MIN)).toBeNull();
  });
});

describe('streak: storage', () => {
  it('keeps only entries with something from the last 24 hours', () => {
    const t0 = fakeClock().now();
    const kept = compactStreaks({ 'a.b': sendsAt(t0, 0), 'c.d': sendsAt(t0, 30 * MIN) }, t0 + STREAK_SPAN_MS + MIN);
    expect(Object.keys(kept)).toEqual(['c.d']);
    expect(compactStreaks({ 'a.b': sendsAt(t0, 0) }, t0 + 2 * STREAK_SPAN_MS)).toEqual({});
  });

  it('reads back what it stored', () => {
    const t0 = fakeClock().now();
    const stored = compactStreaks({ 'a1.b2': markStreakPause(sendsAt(t0, 0, 30 * MIN), t0 + 31 * MIN) }, t0 + 32 * MIN);
    expect(parseStreaks(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
  });

  it.each([
    undefined, null, 'streaks', 7, [], { 'a.b': null }, { 'a.b': { sends: 'x' } }, { 'a.b': { sends: [1, -2], since: 0, lastReplyAt: 0, waitFrom: 0, waitOffAt: 0, pausedAt: 0 } },
    { 'a.b': { sends: [1], since: 0, lastReplyAt: 0, waitFrom: Number.NaN, waitOffAt: 0, pausedAt: 0 } },
  ])('corrupt stored streaks fall back to none: %j', (value) => {
    expect(parseStreaks(value)).toEqual({});
  });

  it('drops a corrupt entry and keeps the good one', () => {
    const good = { sends: [5], since: 0, lastReplyAt: 0, waitFrom: 0, waitOffAt: 0, pausedAt: 0 };
    expect(parseStreaks({ 'a.b': good, 'c.d': { sends: [] } })).toEqual({ 'a.b': good });
  });
});

describe('streak: salted keys', () => {
  const raw = 'whatsapp|https://web.whatsapp.com/4915112345678@c.us';
  const one = secretFrom(new Uint8Array(16).fill(1));
  const two = secretFrom(Uint8Array.from({ length: 16 }, (_, i) => i * 7));

  it('the same chat gives a different key in another install, and the same key in this one', () => {
    expect(keyedHashKey(one, raw)).not.toBe(keyedHashKey(two, raw));
    expect(keyedHashKey(one, raw)).toBe(keyedHashKey(one, raw));
    expect(keyedHashKey(one, raw)).not.toBe(keyedHashKey(one, `${raw}0`));
  });

  it('never contains the raw key or any part of it, and is a key parseStreaks accepts', () => {
    const key = keyedHashKey(one, raw);
    expect(key).not.toContain('4915112345678');
    expect(key).not.toContain('whatsapp');
    expect(key).toMatch(/^[0-9a-z]+\.[0-9a-z]+$/);
    expect(Object.keys(parseStreaks({ [key]: sendsAt(0, 1) }))).toEqual([key]);
  });

  it('a secret is 16 random bytes as hex; anything else stored is no secret', () => {
    expect(one).toMatch(/^[0-9a-f]{32}$/);
    expect(parseSecret(one)).toBe(one);
    for (const bad of [undefined, '', 'abc', two.toUpperCase(), 42, `${one}0`]) expect(parseSecret(bad)).toBeNull();
    expect(parseSecret(secretFrom(new Uint8Array(8)))).toBeNull();
  });
});

describe('streak: fetching the card ahead', () => {
  it('knows when the send passing now makes the next reach-out a pause', async () => {
    const { pauseIsNext } = await import('../../src/core/streak');
    const t0 = fakeClock().now();
    expect(pauseIsNext(EMPTY_STREAK, rule, t0)).toBe(false);
    expect(pauseIsNext(sendsAt(t0, 0), rule, t0 + 30 * MIN)).toBe(true);
    expect(pauseIsNext(sendsAt(t0, 0), rule, t0 + MIN)).toBe(false);
  });
});
