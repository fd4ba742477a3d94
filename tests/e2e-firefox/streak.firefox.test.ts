/**
 * The unanswered streak in real Firefox ESR on the WhatsApp (Lexical) fixture: the third reach-out is
 * held, "Wait until they reply" holds the next send, and their reply lets it go. Reach-outs made
 * earlier are stored through an extension page with times in the past, as in tests/e2e/streak.test.ts.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { hashKey, keyedHashKey } from '../../src/core/hash';
import {
  type Steady,
  cardShownAfter,
  clickCardButton,
  composerText,
  launchSteady,
  openChat,
  resetState,
  sent,
  setSettings,
  typeDraft,
  waitForCard,
  waitForCardGone,
  waitForSent,
  watchErrors,
} from './harness';

interface StorageArea {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  clear(): Promise<void>;
}
declare const browser: { storage: { local: StorageArea } };

const MIN = 60_000;
let steady: Steady;

beforeAll(async () => {
  steady = await launchSteady();
});
afterAll(async () => {
  await steady?.close();
});

async function until<T>(check: () => Promise<T | null | undefined | false>, what: string, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const local = (key: string): Promise<unknown> => steady.control.evaluate(async (k: string) => (await browser.storage.local.get(k))[k], key);

function cardLine(page: Page): Promise<string> {
  return page.evaluate(() => {
    const line = document.querySelector('steady-pause')?.shadowRoot?.querySelector('dialog .count');
    return (line?.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

test('whatsapp: the third reach-out is held; "Wait until they reply" holds the next send; their reply lets it go', async () => {
  await resetState(steady);
  await steady.control.evaluate(() => browser.storage.local.clear());
  await setSettings(steady, { breathSeconds: 0, quietMinutes: 1 });
  const page = await steady.browser.newPage();
  const errors = watchErrors(page);
  try {
    await openChat(steady, 'whatsapp', page);
    const secret = await until(async () => {
      const value = await local('installSecret');
      return typeof value === 'string' ? value : null;
    }, 'the install secret');
    const key = keyedHashKey(secret, hashKey(`whatsapp|https://web.whatsapp.com:${inject('fixturePort')}/15550001111@c.us`));
    const now = Date.now();
    // Two reach-outs, 30 and 10 minutes ago, and a send older than a day that the tab drops when it takes them in.
    const streak = { sends: [now - 25 * 60 * MIN, now - 30 * MIN, now - 10 * MIN], since: 0, lastReplyAt: 0, waitFrom: 0, waitOffAt: 0, pausedAt: 0 };
    await steady.control.evaluate((k: string, value: unknown) => browser.storage.local.set({ streaks: { [k]: value } }), key, streak);
    await until(async () => ((await local('streaks')) as Record<string, { sends: number[] }> | undefined)?.[key]?.sends.length === 2, 'the tab to take the reach-outs in');

    await typeDraft(page, 'are you there?');
    await page.keyboard.press('Enter');
    await waitForCard(page);
    expect(await cardLine(page)).toBe("You've reached out 3 times since they last wrote.");
    expect(await sent(page)).toEqual([]);

    await clickCardButton(page, 'Wait until they reply');
    await waitForCardGone(page);
    expect(await composerText(page)).toBe('are you there?');
    await page.keyboard.press('Enter');
    await waitForCard(page);
    expect(await cardLine(page)).toBe('You chose to wait until they reply.');
    await clickCardButton(page, 'Keep editing');
    await waitForCardGone(page);
    expect(await sent(page)).toEqual([]);

    await page.evaluate(() => window.__receive());
    await page.keyboard.press('Enter');
    expect(await waitForSent(page, 1)).toEqual(['are you there?']);
    expect(await cardShownAfter(page)).toBe(false);
    expect(errors).toEqual([]);
  } finally {
    await page.close();
  }
});
