import { describe, expect, it } from 'vitest';
import { Streaks, type LocalIO } from '../../src/content/streaks';
import { hashKey } from '../../src/core/hash';
import { INSTALL_SECRET_KEY } from '../../src/core/secret';
import { EMPTY_STREAK, judgeStreak, recordStreakSend, STREAKS_KEY, streakReply } from '../../src/core/streak';
import type { StorageChange } from '../../src/platform/native';
import { fakeClock } from './clock';

/** One storage.local shared by several tabs; writes reach every tab's listener, as storage.onChanged does. */
function fakeLocal(seed: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = JSON.parse(JSON.stringify(seed)) as Record<string, unknown>;
  const listeners: ((changes: StorageChange[]) => void)[] = [];
  let bytes = 1;
  const io = (): LocalIO => ({
    read: async (key) => (key in data ? { [key]: JSON.parse(JSON.stringify(data[key])) as unknown } : {}),
    write: async (items) => {
      Object.assign(data, JSON.parse(JSON.stringify(items)));
      const changes = Object.entries(items).map(([key, value]) => ({ key, newValue: JSON.parse(JSON.stringify(value)) as unknown }));
      for (const listener of listeners) listener(changes);
    },
    onChange: (listener) => void listeners.push(listener),
    randomBytes: (length) => Uint8Array.from({ length }, () => bytes++),
  });
  const remove = (key: string): void => {
    delete data[key];
    for (const listener of listeners) listener([{ key, newValue: undefined }]);
  };
  return { data, io, remove };
}

const CHAT = hashKey('whatsapp|https://web.whatsapp.com/4915112345678@c.us');
const MIN = 60_000;
const rule = { reachOuts: 2, quietMs: 5 * MIN };

describe('streak store (content side)', () => {
  it('makes the install secret once, keeps it, and stores only salted keys with times', async () => {
    const local = fakeLocal();
    const clock = fakeClock();
    const tab = new Streaks(local.io(), clock.now, new AbortController().signal);
    await tab.load();
    const secret = local.data[INSTALL_SECRET_KEY];
    expect(secret).toMatch(/^[0-9a-f]{32}$/);
    const key = tab.key(CHAT);
    expect(key).not.toBeNull();
    tab.update(key as string, (s) => recordStreakSend(s, clock.now()));
    const stored = JSON.stringify(local.data[STREAKS_KEY]);
    expect(Object.keys(local.data[STREAKS_KEY] as object)).toEqual([key]);
    expect(stored).not.toContain(CHAT);
    expect(stored).not.toContain('4915112345678');
    const again = new Streaks(local.io(), clock.now, new AbortController().signal);
    await again.load();
    expect(local.data[INSTALL_SECRET_KEY]).toBe(secret);
    expect(again.key(CHAT)).toBe(key);
    expect(again.get(key as string).sends).toEqual([clock.now()]);
  });

  it('gives the same chat a different key in another install', async () => {
    const first = new Streaks(fakeLocal().io(), Date.now, new AbortController().signal);
    const otherLocal = fakeLocal();
    otherLocal.data[INSTALL_SECRET_KEY] = 'f'.repeat(32);
    const second = new Streaks(otherLocal.io(), Date.now, new AbortController().signal);
    await Promise.all([first.load(), second.load()]);
    expect(first.key(CHAT)).not.toBe(second.key(CHAT));
  });

  it('says nothing until the secret is read: the rule then waits rather than guess', () => {
    const tab = new Streaks(fakeLocal().io(), Date.now, new AbortController().signal);
    expect(tab.key(CHAT)).toBeNull();
  });

  it('two tabs of one chat merge their copies without a coordinator', async () => {
    const local = fakeLocal({ [INSTALL_SECRET_KEY]: 'a'.repeat(32) });
    const clock = fakeClock();
    const a = new Streaks(local.io(), clock.now, new AbortController().signal);
    const b = new Streaks(local.io(), clock.now, new AbortController().signal);
    await Promise.all([a.load(), b.load()]);
    const key = a.key(CHAT) as string;
    a.update(key, (s) => recordStreakSend(s, clock.now()));
    b.update(key, (s) => recordStreakSend(s, clock.advance(30 * MIN)));
    await Promise.resolve();
    clock.advance(30 * MIN);
    expect(a.get(key).sends).toHaveLength(2);
    expect(b.get(key).sends).toHaveLength(2);
    expect(judgeStreak(a.get(key), rule, clock.now())).toMatchObject({ reachOuts: 3 });
    // A reply seen in one tab ends the streak in the other.
    b.update(key, (s) => streakReply(s, clock.now()));
    expect(judgeStreak(a.get(key), rule, clock.advance(10 * MIN))).toBeNull();
  });

  it('a removed streaks key (reset, cleared storage) is forgotten by every tab', async () => {
    const local = fakeLocal({ [INSTALL_SECRET_KEY]: 'b'.repeat(32) });
    const clock = fakeClock();
    const tab = new Streaks(local.io(), clock.now, new AbortController().signal);
    await tab.load();
    const key = tab.key(CHAT) as string;
    tab.update(key, (s) => recordStreakSend(s, clock.now()));
    local.remove(STREAKS_KEY);
    expect(tab.get(key)).toEqual(EMPTY_STREAK);
    expect(local.data[STREAKS_KEY]).toBeUndefined();
  });

  it('corrupt stored streaks read as none', async () => {
    const local = fakeLocal({ [INSTALL_SECRET_KEY]: 'c'.repeat(32), [STREAKS_KEY]: 'garbage' });
    const tab = new Streaks(local.io(), Date.now, new AbortController().signal);
    await tab.load();
    expect(tab.get(tab.key(CHAT) as string)).toEqual(EMPTY_STREAK);
  });
});

describe('streak store: writes settle', () => {
  it('a tab writes back only when it knew more, so two tabs never echo each other for ever', async () => {
    const local = fakeLocal({ [INSTALL_SECRET_KEY]: 'd'.repeat(32) });
    let writes = 0;
    const counted = (): LocalIO => {
      const io = local.io();
      return { ...io, write: (items) => { writes++; return io.write(items); } };
    };
    const clock = fakeClock();
    const a = new Streaks(counted(), clock.now, new AbortController().signal);
    const b = new Streaks(counted(), clock.now, new AbortController().signal);
    await Promise.all([a.load(), b.load()]);
    const key = a.key(CHAT) as string;
    writes = 0;
    a.update(key, (s) => recordStreakSend(s, clock.now()));
    expect(writes).toBe(1);
    // A copy with a send older than a day: the tab drops it and writes the tidy copy back, once.
    writes = 0;
    await local.io().write({ [STREAKS_KEY]: { [key]: { ...a.get(key), sends: [clock.now() - 25 * 3_600_000, ...a.get(key).sends] } } });
    expect(writes).toBe(2);
    expect((local.data[STREAKS_KEY] as Record<string, { sends: number[] }>)[key]?.sends).toEqual([clock.now()]);
  });
});
