import { describe, expect, it } from 'vitest';
import { recordSend, replyArrived, sendsInWindow, startFreshWindow, type Tally } from '../../src/core/tally';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { Pauses, PAUSES_KEY_PREFIX } from '../../src/content/pauses';
import type { SessionIO } from '../../src/content/sessionMap';
import { Tallies, TALLY_KEY_PREFIX } from '../../src/content/tallies';
import type { StorageChange } from '../../src/platform/native';
import { fakeClock } from './clock';

const WINDOW_MS = 60_000;

/** One storage.session shared by several tabs; each write reaches every tab's listener. */
function fakeSession() {
  const items: Record<string, unknown> = {};
  const listeners: ((changes: StorageChange[]) => void)[] = [];
  const io: SessionIO = {
    read: () => Promise.resolve(structuredClone(items)),
    write: (next) => {
      Object.assign(items, structuredClone(next));
      for (const listener of listeners) listener(Object.entries(next).map(([key, newValue]) => ({ key, newValue: structuredClone(newValue) })));
      return Promise.resolve();
    },
    remove: (keys) => {
      for (const key of keys) delete items[key];
      return Promise.resolve();
    },
    onChange: (listener) => void listeners.push(listener),
  };
  return { io, items };
}

const tab = (io: SessionIO): Tallies => new Tallies(io, new AbortController().signal);
const send = (at: number) => (t: Tally) => recordSend(t, at, WINDOW_MS);

describe('Tallies: what a reload or another tab of the conversation sees', () => {
  it('a send counted just before a reload is still counted after it', async () => {
    const clock = fakeClock();
    const session = fakeSession();
    const before = tab(session.io);
    before.update('chat', (t, at) => recordSend(t, at, WINDOW_MS), clock.now(), WINDOW_MS);

    const after = tab(session.io);
    await after.load();
    expect(sendsInWindow(after.get('chat'), clock.now(), WINDOW_MS)).toEqual([clock.now()]);
  });

  it('the change is made at the very time the stored copy is trimmed at', () => {
    // The guard once stamped the send with a second clock reading, a millisecond later
    // than the trim, so the stored copy lost it and a reload forgot the send.
    const clock = fakeClock();
    const session = fakeSession();
    const seen: number[] = [];
    tab(session.io).update('chat', (t, at) => {
      seen.push(at);
      return recordSend(t, at, WINDOW_MS);
    }, clock.now(), WINDOW_MS);
    expect(seen).toEqual([clock.now()]);
    expect(session.items[`${TALLY_KEY_PREFIX}chat`]).toMatchObject({ sends: [clock.now()] });
  });

  it('two tabs of one conversation count each other\'s sends', async () => {
    const clock = fakeClock();
    const session = fakeSession();
    const a = tab(session.io);
    const b = tab(session.io);
    await Promise.all([a.load(), b.load()]);
    a.update('chat', send(clock.now()), clock.now(), WINDOW_MS);
    b.update('chat', send(clock.advance(1000)), clock.now(), WINDOW_MS);
    expect(sendsInWindow(a.get('chat'), clock.now(), WINDOW_MS)).toHaveLength(2);
    expect(sendsInWindow(b.get('chat'), clock.now(), WINDOW_MS)).toHaveLength(2);
  });

  it('"Send anyway" or their reply in one tab clears the count in the other tab too', async () => {
    const clock = fakeClock();
    const session = fakeSession();
    const a = tab(session.io);
    const b = tab(session.io);
    await Promise.all([a.load(), b.load()]);
    for (let i = 0; i < 4; i++) a.update('chat', send(clock.advance(1000)), clock.now(), WINDOW_MS);
    expect(sendsInWindow(b.get('chat'), clock.now(), WINDOW_MS)).toHaveLength(4);
    a.update('chat', (_, at) => startFreshWindow(at), clock.advance(1000), WINDOW_MS);
    expect(sendsInWindow(b.get('chat'), clock.now(), WINDOW_MS)).toEqual([]);
    const reloaded = tab(session.io);
    await reloaded.load();
    expect(sendsInWindow(reloaded.get('chat'), clock.now(), WINDOW_MS)).toEqual([]);
  });

  it('a change that changes nothing stores nothing', () => {
    const clock = fakeClock();
    let writes = 0;
    const session = fakeSession();
    const counted: SessionIO = { ...session.io, write: (items) => (writes++, session.io.write(items)), remove: (keys) => (writes++, session.io.remove(keys)) };
    const tallies = tab(counted);
    for (let i = 0; i < 50; i++) tallies.update('chat', (t, at) => replyArrived(t, at, WINDOW_MS), clock.advance(200), WINDOW_MS);
    expect(writes).toBe(0);
    tallies.update('chat', send(clock.now()), clock.now(), WINDOW_MS);
    tallies.update('chat', (t, at) => replyArrived(t, at, WINDOW_MS), clock.advance(200), WINDOW_MS);
    tallies.update('chat', (t, at) => replyArrived(t, at, WINDOW_MS), clock.advance(200), WINDOW_MS);
    expect(writes).toBe(2);
  });

  it('a tally whose sends have all expired is removed when next stored, not kept empty', () => {
    const clock = fakeClock();
    const session = fakeSession();
    const tallies = tab(session.io);
    tallies.update('chat', send(clock.now()), clock.now(), WINDOW_MS);
    tallies.update('chat', (t) => ({ ...t }), clock.advance(WINDOW_MS + 1), WINDOW_MS);
    expect(session.items).toEqual({});
  });
});

describe('Pauses: the longer breath continues across tabs and reloads', () => {
  const settings = { ...DEFAULT_SETTINGS, longerBreath: true, breathSeconds: 3 };

  it('pauses shown in one tab lengthen the next breath in another tab and after a reload', async () => {
    const clock = fakeClock();
    const session = fakeSession();
    const a = new Pauses(session.io, new AbortController().signal);
    const b = new Pauses(session.io, new AbortController().signal);
    expect(b.breath('chat', settings, clock.now()).seconds).toBe(3);
    a.add('chat', clock.now());
    a.add('chat', clock.advance(60_000));
    const longer = b.breath('chat', settings, clock.advance(60_000));
    expect(longer.seconds).toBeGreaterThan(3);

    const reloaded = new Pauses(session.io, new AbortController().signal);
    await reloaded.load();
    expect(reloaded.breath('chat', settings, clock.now())).toEqual(longer);
  });

  it('a corrupt stored value counts as no pauses', async () => {
    const session = fakeSession();
    session.items[`${PAUSES_KEY_PREFIX}chat`] = ['soon', -1];
    const pauses = new Pauses(session.io, new AbortController().signal);
    await pauses.load();
    expect(pauses.breath('chat', settings, fakeClock().now())).toEqual({ seconds: 3, run: 0 });
  });
});
