import { describe, expect, it } from 'vitest';
import { StreakRule } from '../../src/content/streakRule';
import { Streaks, type LocalIO } from '../../src/content/streaks';
import { parseSettings, type Settings } from '../../src/core/settings';
import { STREAKS_KEY } from '../../src/core/streak';
import type { ReasonEvent } from '../../src/core/stats';
import type { Site } from '../../src/sites';
import { fakeClock } from './clock';

const MIN = 60_000;
const replying: Site = { id: 'whatsapp', name: 'WhatsApp Web', matches: [], composer: '[role=textbox]', replies: { list: '#l', row: '.r', incoming: '.in' }, conversation: () => 'c' };
const silent: Site = { ...replying, id: 'instagram', name: 'Instagram', replies: undefined } as unknown as Site;

async function setup(site: Site, patch: Partial<Settings> = {}) {
  const data: Record<string, unknown> = { installSecret: 'e'.repeat(32) };
  const io: LocalIO = {
    read: async (key) => (key in data ? { [key]: data[key] } : {}),
    write: async (items) => void Object.assign(data, JSON.parse(JSON.stringify(items))),
    onChange: () => {},
    randomBytes: (n) => new Uint8Array(n),
  };
  const clock = fakeClock();
  const streaks = new Streaks(io, clock.now, new AbortController().signal);
  await streaks.load();
  const events: ReasonEvent[] = [];
  const settings = { ...parseSettings(undefined), ...patch };
  const rule = new StreakRule(streaks, site, () => settings, clock.now, (e) => events.push(e));
  return { rule, clock, data, events };
}

describe('the streak rule as the guard calls it', () => {
  it('counts sends, says when the next reach-out will be held, and records a reply that came first', async () => {
    const { rule, clock, events } = await setup(replying);
    rule.sent('chat');
    clock.advance(30 * MIN);
    expect(rule.pauseNext('chat')).toBe(true);
    rule.sent('chat');
    clock.advance(30 * MIN);
    const streak = rule.streakOf('chat');
    expect(streak?.sends).toHaveLength(2);
    rule.shown('chat', { kind: 'nudge', reason: 'streak', count: 0, spanMs: 0, cooldownLeftMs: 0 });
    clock.advance(10 * MIN);
    rule.replied('chat');
    expect(events).toEqual(['streakShown', 'streakReplied']);
    expect(rule.streakOf('chat')?.sends).toEqual([]);
  });

  it('a burst pause is recorded as such and leaves the streak alone', async () => {
    const { rule, events } = await setup(replying);
    rule.shown('chat', { kind: 'nudge', reason: 'limit', count: 4, spanMs: 1000, cooldownLeftMs: 0 });
    expect(events).toEqual(['burstShown']);
    expect(rule.streakOf('chat')?.pausedAt).toBe(0);
  });

  it('is silent, and keeps nothing, where replies are not recognised or the rule is off', async () => {
    for (const { site, patch } of [{ site: silent, patch: {} }, { site: replying, patch: { streakEnabled: false } }]) {
      const { rule, data } = await setup(site, patch);
      rule.sent('chat');
      expect(rule.streakOf('chat')).toBeUndefined();
      expect(rule.pauseNext('chat')).toBe(false);
      expect(data[STREAKS_KEY]).toBeUndefined();
    }
  });
});
