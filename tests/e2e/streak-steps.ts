/**
 * The unanswered streak's test setup, written once for both browser suites: reach-outs "made
 * earlier" are stored in storage.local under the key Steady itself uses (the install's secret read
 * back from storage), with times in the past. Each suite reaches storage.local its own way.
 */
import { hashKey, keyedHashKey } from '../../src/core/hash';

/** storage.local as a suite reaches it: Chromium through the service worker, Firefox through an extension page. */
export interface LocalStore {
  get(key: string): Promise<unknown>;
  set(items: Record<string, unknown>): Promise<void>;
}

export const MIN = 60_000;
/** Not a send at all: older than the day a streak spans. The tab drops it on taking the entry in. */
const DAY_AND_MORE = 25 * 60 * MIN;

export type StoredStreak = { sends: number[]; since: number; lastReplyAt: number; waitFrom: number; waitOffAt: number; pausedAt: number };

export async function until<T>(check: () => Promise<T | undefined | null | false>, what: string, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The stored key for the conversation with this raw key (`site|…`, see src/sites/*.ts) in this install. */
export async function streakKey(store: LocalStore, raw: string): Promise<string> {
  const secret = await until(async () => {
    const value = await store.get('installSecret');
    return typeof value === 'string' ? value : null;
  }, 'the install secret');
  return keyedHashKey(secret, hashKey(raw));
}

export async function storedStreak(store: LocalStore, key: string): Promise<StoredStreak | undefined> {
  const all = (await store.get('streaks')) as Record<string, StoredStreak> | undefined;
  return all?.[key];
}

/** Reach-outs made `minutesAgo` (one send each), stored for this chat; waits until the open tab has taken them in. */
export async function reachedOutEarlier(store: LocalStore, raw: string, minutesAgo: number[]): Promise<string> {
  const key = await streakKey(store, raw);
  const now = Date.now();
  const streak: StoredStreak = { sends: [now - DAY_AND_MORE, ...minutesAgo.map((m) => now - m * MIN)], since: 0, lastReplyAt: 0, waitFrom: 0, waitOffAt: 0, pausedAt: 0 };
  await store.set({ streaks: { [key]: streak } });
  await until(async () => (await storedStreak(store, key))?.sends.length === minutesAgo.length, 'the tab to take the stored reach-outs in');
  return key;
}
