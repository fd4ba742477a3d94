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
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { hashKey } from '../../src/core/hash';
import { type Steady, card, cardButton, cardShownAfter, clickAt, composerText, fixturePort, receive, sendMessage, sent, setSettings, typeDraft, useSteady, waitForCard, waitForCardGone, waitForSent } from './harness';
import { type LocalStore, MIN, type StoredStreak, reachedOutEarlier as reachedOutIn, storedStreak as storedStreakIn, until } from './streak-steps';

/** The quiet time at its minimum: a new reach-out after a minute without sends. */
const STREAK_SETTINGS = { breathSeconds: 0, quietMinutes: 1 };

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

/** storage.local through the service worker. */
function store(steady: Steady): LocalStore {
  return {
    get: (key) => steady.worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key),
    set: (items) => steady.worker.evaluate((i) => chrome.storage.local.set(i), items),
  };
}

const storedStreak = (steady: Steady, key: string): Promise<StoredStreak | undefined> => storedStreakIn(store(steady), key);
const reachedOutEarlier = (steady: Steady, fixture: StreakFixture, minutesAgo: number[]): Promise<string> => reachedOutIn(store(steady), RAW[fixture](), minutesAgo);

async function cardLine(page: Page): Promise<string> {
  return (await card(page).locator('.count').innerText()).replace(/\s+/g, ' ').trim();
}

describe('the streak on reply-aware sites', () => {
  const steady = useSteady({ settings: STREAK_SETTINGS });
  const chat = (fixture: StreakFixture): Promise<Page> => steady.openChat(fixture);

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

describe('a browser restart', () => {
  const steady = useSteady({ settings: STREAK_SETTINGS, keepProfile: true });

  test('the streak survives a browser restart (a new persistent context on the same profile)', async () => {
    const first = await steady.openChat('discord');
    const key = await reachedOutEarlier(steady, 'discord', [30]);
    await sendMessage(first, 'hey');
    const before = await until(async () => {
      const streak = await storedStreak(steady, key);
      return streak?.sends.length === 2 ? streak : null;
    }, 'the second reach-out to be stored');

    await steady.restart();
    expect(await storedStreak(steady, key)).toEqual(before);
    // Two minutes pass while no chat is open: the stored times move back by that much.
    await steady.worker.evaluate(async ([k]) => {
      const { streaks } = (await chrome.storage.local.get('streaks')) as { streaks: Record<string, { sends: number[] }> };
      const streak = streaks[k];
      if (streak) streak.sends = streak.sends.map((t) => t - 2 * 60_000);
      await chrome.storage.local.set({ streaks });
    }, [key] as const);
    const page = await steady.openChat('discord');
    await typeDraft(page, 'you there?');
    await page.keyboard.press('Enter');
    await waitForCard(page);
    expect(await cardLine(page)).toBe("You've reached out 3 times since they last wrote.");
    expect(await sent(page)).toEqual([]);
  }, 120_000);
});
