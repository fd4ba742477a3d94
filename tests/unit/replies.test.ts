import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/policy';
import { ECHO_MS, judgeRows } from '../../src/core/replies';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { EMPTY_TALLY, mergeTallies, recordSend, replyArrived, startCooldown, type Tally } from '../../src/core/tally';

const T0 = 1_700_000_000_000;
const WINDOW = 60_000;

function sendsAt(...times: number[]): Tally {
  return times.reduce((t, at) => recordSend(t, at, WINDOW), EMPTY_TALLY);
}

describe('a reply starts the count afresh', () => {
  it('four sends then a reply: the fifth goes through instead of being paused', () => {
    const tally = sendsAt(T0, T0 + 1000, T0 + 2000, T0 + 3000);
    expect(decide(DEFAULT_SETTINGS, tally, T0 + 4000).kind).toBe('nudge');
    expect(decide(DEFAULT_SETTINGS, replyArrived(tally, T0 + 3500, WINDOW), T0 + 4000).kind).toBe('pass');
  });

  it('ends a chosen wait: answering them is never paused', () => {
    const waiting = startCooldown(sendsAt(T0), T0 + 100, 10 * 60_000);
    expect(decide(DEFAULT_SETTINGS, waiting, T0 + 200)).toMatchObject({ kind: 'nudge', reason: 'cooldown' });
    expect(decide(DEFAULT_SETTINGS, replyArrived(waiting, T0 + 150, WINDOW), T0 + 200).kind).toBe('pass');
  });

  it('counts sends after the reply again, and a second tab that missed the reply learns it on merge', () => {
    let tally = replyArrived(sendsAt(T0 - 500), T0, WINDOW);
    for (let i = 1; i <= 4; i++) tally = recordSend(tally, T0 + i * 1000, WINDOW);
    expect(decide(DEFAULT_SETTINGS, tally, T0 + 5000).kind).toBe('nudge');
    const otherTab = sendsAt(T0 - 3000, T0 - 2000, T0 - 1000);
    expect(mergeTallies(otherTab, replyArrived(sendsAt(T0 - 500), T0, WINDOW)).sends).toEqual([]);
  });

  it('a reply while nothing counts changes nothing, so a busy chat\'s rows cost no storage writes', () => {
    expect(replyArrived(EMPTY_TALLY, T0, WINDOW)).toBe(EMPTY_TALLY);
    const old = sendsAt(T0 - WINDOW - 1);
    expect(replyArrived(old, T0, WINDOW)).toBe(old);
    const cooling = startCooldown(old, T0 - 1000, 10 * 60_000);
    expect(replyArrived(cooling, T0, WINDOW)).not.toBe(cooling);
  });
});

describe('judgeRows: is a batch of new message rows a reply?', () => {
  const none = { removedRows: false };

  it('a row marked as theirs is a reply; a row marked as ours is not', () => {
    expect(judgeRows({ rows: ['incoming'], ...none }, [], T0).reply).toBe(true);
    expect(judgeRows({ rows: ['outgoing'], ...none }, [], T0).reply).toBe(false);
  });

  it('unmarked rows: each of our recent sends explains one row, a row beyond them is theirs', () => {
    const first = judgeRows({ rows: ['unknown'], ...none }, [T0, T0 + 100], T0 + 200);
    expect(first).toEqual({ reply: false, pendingEchoes: [T0 + 100] });
    const second = judgeRows({ rows: ['unknown'], ...none }, first.pendingEchoes, T0 + 300);
    expect(second).toEqual({ reply: false, pendingEchoes: [] });
    expect(judgeRows({ rows: ['unknown'], ...none }, second.pendingEchoes, T0 + 400).reply).toBe(true);
  });

  it('a send whose row never showed stops explaining rows after a few seconds', () => {
    expect(judgeRows({ rows: ['unknown'], ...none }, [T0], T0 + ECHO_MS + 1)).toEqual({ reply: true, pendingEchoes: [] });
  });

  it('a redrawn list (rows removed, or many rows at once) is never a reply: that is opening a chat', () => {
    expect(judgeRows({ rows: ['incoming'], removedRows: true }, [], T0).reply).toBe(false);
    expect(judgeRows({ rows: ['incoming', 'outgoing', 'outgoing', 'incoming'], ...none }, [], T0).reply).toBe(false);
    expect(judgeRows({ rows: [], ...none }, [], T0).reply).toBe(false);
  });
});
