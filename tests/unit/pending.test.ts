import { describe, expect, it } from 'vitest';
import { applyDue, cancelPending, HOUR_MS, nextDue, NO_PENDING, parsePending, PENDING_CHANGES_KEY, planChange } from '../../src/core/pending';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { fakeClock } from './clock';

const held: Settings = { ...DEFAULT_SETTINGS, holdMe: true, holdHours: 12 };

describe('hold me to my settings: planning a change', () => {
  it('without the hold, everything applies at once (and loosening is still named)', () => {
    const plan = planChange(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, limit: 9 }, NO_PENDING, 0);
    expect(plan.settings.limit).toBe(9);
    expect(plan.pending).toEqual([]);
    expect(plan.loosened).toEqual(['limit']);
  });

  it('with it, looser changes wait the delay and stricter ones apply at once', () => {
    const clock = fakeClock();
    const next = { ...held, limit: 8, windowSeconds: 120, sites: { ...held.sites, slack: false } };
    const plan = planChange(held, next, NO_PENDING, clock.now());
    expect(plan.settings).toEqual({ ...held, windowSeconds: 120 });
    expect(plan.pending.map((c) => [c.path, c.value, c.dueAt - clock.now()])).toEqual([
      ['limit', 8, 12 * HOUR_MS],
      ['sites.slack', false, 12 * HOUR_MS],
    ]);
    expect(plan.loosened).toEqual(['limit', 'sites.slack']);
  });

  it('switching the hold itself off waits too', () => {
    const plan = planChange(held, { ...held, holdMe: false }, NO_PENDING, 0);
    expect(plan.settings.holdMe).toBe(true);
    expect(plan.pending).toMatchObject([{ path: 'holdMe', value: false }]);
  });

  it('a new choice for the same setting replaces the waiting one; a stricter one cancels it', () => {
    const clock = fakeClock();
    const first = planChange(held, { ...held, limit: 8 }, NO_PENDING, clock.now());
    clock.advance(HOUR_MS);
    const again = planChange(first.settings, { ...held, limit: 6 }, first.pending, clock.now());
    expect(again.pending).toMatchObject([{ path: 'limit', value: 6, dueAt: clock.now() + 12 * HOUR_MS }]);
    const stricter = planChange(again.settings, { ...held, limit: 3 }, again.pending, clock.now());
    expect(stricter.settings.limit).toBe(3);
    expect(stricter.pending).toEqual([]);
  });

  it('an edit of another setting leaves a waiting change alone', () => {
    const first = planChange(held, { ...held, limit: 8 }, NO_PENDING, 0);
    const other = planChange(first.settings, { ...first.settings, rotateQuestions: true }, first.pending, 5);
    expect(other.settings.rotateQuestions).toBe(true);
    expect(other.pending).toEqual(first.pending);
  });
});

describe('hold me to my settings: applying and cancelling', () => {
  const clock = fakeClock();
  const start = clock.now();
  const plan = planChange(held, { ...held, limit: 8, breathSeconds: 1 }, NO_PENDING, start);

  it('applies nothing before its time and everything at its time', () => {
    const early = applyDue(plan.settings, plan.pending, start + 12 * HOUR_MS - 1);
    expect(early.applied).toEqual([]);
    expect(early.settings).toBe(plan.settings);
    const due = applyDue(plan.settings, plan.pending, start + 12 * HOUR_MS);
    expect(due.settings).toEqual({ ...held, limit: 8, breathSeconds: 1 });
    expect(due.pending).toEqual([]);
    expect(nextDue(plan.pending)).toBe(start + 12 * HOUR_MS);
    expect(nextDue(due.pending)).toBeNull();
  });

  it('a browser that slept through the time applies it when it wakes', () => {
    expect(applyDue(plan.settings, plan.pending, start + 40 * HOUR_MS).settings.limit).toBe(8);
  });

  it('survives a reload of what was stored', () => {
    const stored: unknown = JSON.parse(JSON.stringify({ [PENDING_CHANGES_KEY]: plan.pending }));
    const reloaded = parsePending((stored as Record<string, unknown>)[PENDING_CHANGES_KEY]);
    expect(reloaded).toEqual(plan.pending);
    expect(applyDue(plan.settings, reloaded, start + 12 * HOUR_MS).settings.limit).toBe(8);
  });

  it('cancels cleanly: the setting keeps its value and the rest still waits', () => {
    const left = cancelPending(plan.pending, 'limit');
    expect(left.map((c) => c.path)).toEqual(['breathSeconds']);
    const later = applyDue(plan.settings, left, start + 13 * HOUR_MS);
    expect(later.settings).toEqual({ ...held, breathSeconds: 1 });
  });

  it.each([undefined, null, 'x', 7, {}, { limit: 8 }])('reads %j as none', (stored) => {
    expect(parsePending(stored)).toEqual([]);
  });

  it('drops malformed entries one by one, keeping the good ones', () => {
    const good = { path: 'limit', value: 8, madeAt: 10, dueAt: 10 + HOUR_MS };
    const stored = [
      good,
      { path: 'nope', value: 1, madeAt: 0, dueAt: 1 },
      { path: 'limit', value: 999, madeAt: 0, dueAt: 1 },
      { path: 'windowSeconds', value: 20, madeAt: 0, dueAt: 30 * HOUR_MS },
      { path: 'sites.slack', value: 'off', madeAt: 0, dueAt: 1 },
      { path: 'sites.__proto__', value: false, madeAt: 0, dueAt: 1 },
      { path: 'holdMe', value: false, madeAt: 5, dueAt: 1 },
      null,
      'limit',
    ];
    expect(parsePending(stored)).toEqual([good]);
  });
});
