import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StorageChange } from '../../src/platform/native';

type Handler = (...args: never[]) => void;

/** An extension event: counts who listens, and fires to every listener as the browser does. */
function fakeEvent() {
  const listeners = new Set<Handler>();
  return {
    listeners,
    addListener: (listener: Handler) => void listeners.add(listener),
    removeListener: (listener: Handler) => void listeners.delete(listener),
    fire: (...args: unknown[]) => {
      for (const listener of listeners) (listener as (...a: unknown[]) => void)(...args);
    },
  };
}

/** A content script's view of the extension: Chrome's (storage.session reachable) or Firefox's (not). */
function fakeExtension(withSession: boolean) {
  const onChanged = fakeEvent();
  const portMessages = fakeEvent();
  const connect = vi.fn(() => ({ onMessage: portMessages, disconnect: vi.fn() }));
  const storage = { onChanged, sync: {}, local: {}, ...(withSession ? { session: {} } : {}) };
  vi.stubGlobal('chrome', { runtime: { id: 'steady', connect }, storage });
  return { onChanged, portMessages, connect };
}

/** native.ts keeps one listener per context: each test gets a fresh copy of the module. */
async function platform() {
  vi.resetModules();
  return import('../../src/platform/native');
}

function collect() {
  const seen: StorageChange[][] = [];
  return { seen, listener: (changes: StorageChange[]) => void seen.push(changes) };
}

beforeEach(() => vi.unstubAllGlobals());
afterEach(() => vi.unstubAllGlobals());

describe('onStorageChange: one browser listener for the whole content script', () => {
  it('wakes the script once per change, and hands each area\'s change only to its own listeners', async () => {
    const browser = fakeExtension(true);
    const { onStorageChange } = await platform();
    const signal = new AbortController().signal;
    const sync = collect();
    const local = [collect(), collect()];
    onStorageChange('sync', sync.listener, signal);
    for (const l of local) onStorageChange('local', l.listener, signal);
    expect(browser.onChanged.listeners.size).toBe(1);

    browser.onChanged.fire({ snooze: { newValue: 5, oldValue: 0 } }, 'local');
    expect(sync.seen).toEqual([]);
    for (const l of local) expect(l.seen).toEqual([[{ key: 'snooze', newValue: 5 }]]);
  });

  it('a listener that throws does not keep the change from the others', async () => {
    const browser = fakeExtension(true);
    const { onStorageChange } = await platform();
    const signal = new AbortController().signal;
    const after = collect();
    onStorageChange('local', () => {
      throw new Error('broken');
    }, signal);
    onStorageChange('local', after.listener, signal);
    expect(() => browser.onChanged.fire({ a: { newValue: 1 } }, 'local')).not.toThrow();
    expect(after.seen).toHaveLength(1);
  });

  it('a stopped listener hears nothing more, and the browser listener goes with the last one', async () => {
    const browser = fakeExtension(true);
    const { onStorageChange } = await platform();
    const first = new AbortController();
    const second = new AbortController();
    const a = collect();
    const b = collect();
    onStorageChange('local', a.listener, first.signal);
    onStorageChange('local', b.listener, second.signal);
    first.abort();
    browser.onChanged.fire({ k: { newValue: 1 } }, 'local');
    expect(a.seen).toEqual([]);
    expect(b.seen).toHaveLength(1);
    second.abort();
    expect(browser.onChanged.listeners.size).toBe(0);

    // A later listener attaches again.
    onStorageChange('local', a.listener, new AbortController().signal);
    expect(browser.onChanged.listeners.size).toBe(1);
  });

  it('an already stopped script adds nothing', async () => {
    const browser = fakeExtension(true);
    const { onStorageChange } = await platform();
    onStorageChange('local', () => {}, AbortSignal.abort());
    expect(browser.onChanged.listeners.size).toBe(0);
  });

  it('in Firefox, session changes for every listener come through one port to the background', async () => {
    const browser = fakeExtension(false);
    const { onStorageChange } = await platform();
    const signal = new AbortController().signal;
    const tallies = collect();
    const pauses = collect();
    onStorageChange('session', tallies.listener, signal);
    onStorageChange('session', pauses.listener, signal);
    expect(browser.connect).toHaveBeenCalledTimes(1);

    browser.portMessages.fire({ 'tally:x': { newValue: { sends: [1] } } });
    for (const l of [tallies, pauses]) expect(l.seen).toEqual([[{ key: 'tally:x', newValue: { sends: [1] } }]]);
  });
});
