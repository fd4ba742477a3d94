/**
 * The unanswered streak in real Chromium on three reply-aware fixtures: the third reach-out is held,
 * "Wait until they reply" holds the next send, their reply ends it, and the streak outlives a restart.
 *
 * Time: the quiet time is set to its minimum (1 minute), and reach-outs "made earlier" are stored in
 * storage.local through the service worker with times in the past, under the key Steady itself uses
 * (the install's secret read back from storage). The open tab takes them in as it takes in another
 * tab's copy; it then drops the entry's send older than a day and writes back, which tells the test
 * the tab has them. One test drives the clock honestly instead: it waits out the real minute.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { hashKey, keyedHashKey } from '../../src/core/hash';
import {
  type Steady,
  card,
  cardButton,
  cardShownAfter,
  clickAt,
  composerText,
  fixturePort,
  launchSteady,
  openChat,
  receive,
  resetState,
  sendMessage,
  sent,
  setSettings,
  typeDraft,
  waitForCard,
  waitForCardGone,
  waitForSent,
} from './harness';

const MIN = 60_000;
/** Not a send at all: older than the day a streak spans. The tab drops it on taking the entry in. */
const DAY_AND_MORE = 25 * 60 * MIN;

/** The raw conversation key each adapter reads from these pages (see src/sites/*.ts). */
const RAW = {
  whatsapp: () => `whatsapp|https://web.whatsapp.com:${fixturePort()}/15550001111@c.us`,
  telegramA: () => 'telegramA|telegram-a/777000',
  discord: () => 'discord|discord/@me/100',
} as const;
type StreakFixture = keyof typeof RAW;

interface StorageArea {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
declare const chrome: { storage: { local: StorageArea; session: StorageArea } };

async function local(steady: Steady, key: string): Promise<unknown> {
  return steady.worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
}

async function until<T>(check: () => Promise<T | undefined | null | false>, what: string, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The stored key for this fixture's conversation in this install. */
async function streakKey(steady: Steady, fixture: StreakFixture): Promise<string> {
  const secret = await until(async () => {
    const value = await local(steady, 'installSecret');
    return typeof value === 'string' ? value : null;
  }, 'the install secret');
  return keyedHashKey(secret, hashKey(RAW[fixture]()));
}

type StoredStreak = { sends: number[]; since: number; lastReplyAt: number; waitFrom: number; waitOffAt: number; pausedAt: number };

async function storedStreak(steady: Steady, key: string): Promise<StoredStreak | undefined> {
  const all = (await local(steady, 'streaks')) as Record<string, StoredStreak> | undefined;
  return all?.[key];
}

/** Reach-outs made `minutesAgo` (one send each), stored for this chat; waits until the open tab has taken them in. */
async function reachedOutEarlier(steady: Steady, fixture: StreakFixture, minutesAgo: number[]): Promise<string> {
  const key = await streakKey(steady, fixture);
  const now = Date.now();
  const streak: StoredStreak = { sends: [now - DAY_AND_MORE, ...minutesAgo.map((m) => now - m * MIN)], since: 0, lastReplyAt: 0, waitFrom: 0, waitOffAt: 0, pausedAt: 0 };
  await steady.worker.evaluate(([k, value]) => chrome.storage.local.set({ streaks: { [k]: value } }), [key, streak] as const);
  await until(async () => (await storedStreak(steady, key))?.sends.length === minutesAgo.length, 'the tab to take the stored reach-outs in');
  return key;
}

async function cardLine(page: Page): Promise<string> {
  return (await card(page).locator('.count').innerText()).replace(/\s+/g, ' ').trim();
}

describe('the streak on reply-aware sites', () => {
  let steady: Steady;
  const pages: Page[] = [];

  beforeAll(async () => {
    steady = await launchSteady();
  });
  afterAll(async () => {
    await steady?.close();
  });
  beforeEach(async () => {
    await resetState(steady);
    await setSettings(steady, { breathSeconds: 0, quietMinutes: 1 });
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((p) => p.close()));
  });

  async function chat(fixture: StreakFixture): Promise<Page> {
    const page = await steady.context.newPage();
    pages.push(page);
    return openChat(steady.context, fixture, { page });
  }

  test.each(['whatsapp', 'telegramA', 'discord'] as const)('%s: the third reach-out is held; "Wait until they reply" holds the next send; their reply lets it go', async (fixture) => {
    const page = await chat(fixture);
    await reachedOutEarlier(steady, fixture, [30, 10]);

    await typeDraft(page, 'are you there?');
    await page.keyboard.press('Enter');
    await waitForCard(page);
    expect(await cardLine(page)).toBe("You've reached out 3 times since they last wrote.");
    expect(await sent(page)).toEqual([]);

    await clickAt(cardButton(page, 'Wait until they reply'));
    await waitForCardGone(page);
    expect(await composerText(page)).toBe('are you there?');

    // While waiting, any send here brings the card back, and nothing goes out.
    await page.keyboard.press('Enter');
    await waitForCard(page);
    expect(await cardLine(page)).toBe('You chose to wait until they reply.');
    await clickAt(cardButton(page, 'Keep editing'));
    await waitForCardGone(page);
    expect(await sent(page)).toEqual([]);

    // They reply: the wait and the streak are over, and the draft goes out on the next Enter.
    await receive(page);
    await page.keyboard.press('Enter');
    expect(await waitForSent(page, 1)).toEqual(['are you there?']);
    expect(await cardShownAfter(page)).toBe(false);
  });

  test('whatsapp, on the real clock: messages within the quiet time are one reach-out; the first after it is held', async () => {
    const page = await chat('whatsapp');
    await reachedOutEarlier(steady, 'whatsapp', [30]);
    // The second reach-out: three messages in a row, all sent.
    await sendMessage(page, 'hey');
    await sendMessage(page, 'how are you');
    await sendMessage(page, 'dinner saturday?');
    expect(await cardShownAfter(page)).toBe(false);
    // A real minute of quiet (the quiet time), then the third reach-out.
    await page.waitForTimeout(MIN + 500);
    await typeDraft(page, 'hello?');
    await page.keyboard.press('Enter');
    await waitForCard(page);
    expect(await cardLine(page)).toBe("You've reached out 3 times since they last wrote.");
    expect(await sent(page)).toEqual(['hey', 'how are you', 'dinner saturday?']);
    await clickAt(cardButton(page, 'Send anyway'));
    expect(await waitForSent(page, 4)).toEqual(['hey', 'how are you', 'dinner saturday?', 'hello?']);
  }, 120_000);

  test('when the burst limit and the streak both apply, the card names the streak', async () => {
    await setSettings(steady, { breathSeconds: 0, quietMinutes: 1, limit: 1, windowSeconds: 3600 });
    const page = await chat('telegramA');
    // One send five minutes ago in the burst window (session storage, under the tally's hashed key)…
    const now = Date.now();
    await steady.worker.evaluate(([k, value]) => chrome.storage.session.set({ [k]: value }), [
      `tally:${hashKey(RAW.telegramA())}`, { sends: [now - 5 * MIN], resetAt: 0, cooldownUntil: 0, cooldownFrom: 0 },
    ] as const);
    // …and two reach-outs without a reply.
    await reachedOutEarlier(steady, 'telegramA', [30, 5]);
    await typeDraft(page, 'so?');
    await page.keyboard.press('Enter');
    await waitForCard(page);
    expect(await cardLine(page)).toBe("You've reached out 3 times since they last wrote.");
    expect(await cardButton(page, 'Wait until they reply').isVisible()).toBe(true);
  });
});

test('the streak survives a browser restart (a new persistent context on the same profile)', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'steady-restart-'));
  let steady = await launchSteady({ profile });
  try {
    await setSettings(steady, { breathSeconds: 0, quietMinutes: 1 });
    const first = await openChat(steady.context, 'discord');
    const key = await reachedOutEarlier(steady, 'discord', [30]);
    await sendMessage(first, 'hey');
    const before = await until(async () => {
      const streak = await storedStreak(steady, key);
      return streak?.sends.length === 2 ? streak : null;
    }, 'the second reach-out to be stored');
    await steady.close();

    steady = await launchSteady({ profile });
    expect(await storedStreak(steady, key)).toEqual(before);
    // Two minutes pass while no chat is open: the stored times move back by that much.
    await steady.worker.evaluate(async ([k]) => {
      const { streaks } = (await chrome.storage.local.get('streaks')) as { streaks: Record<string, { sends: number[] }> };
      const streak = streaks[k];
      if (streak) streak.sends = streak.sends.map((t) => t - 2 * 60_000);
      await chrome.storage.local.set({ streaks });
    }, [key] as const);
    const page = await openChat(steady.context, 'discord');
    await typeDraft(page, 'you there?');
    await page.keyboard.press('Enter');
    await waitForCard(page);
    expect(await cardLine(page)).toBe("You've reached out 3 times since they last wrote.");
    expect(await sent(page)).toEqual([]);
  } finally {
    await steady.close();
    rmSync(profile, { recursive: true, force: true });
  }
}, 120_000);
