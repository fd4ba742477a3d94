/**
 * The unanswered streak in real Firefox ESR on the WhatsApp (Lexical) fixture: the third reach-out is
 * held, "Wait until they reply" holds the next send, and their reply lets it go. Reach-outs made
 * earlier are stored through an extension page with times in the past, as in tests/e2e/streak.test.ts.
 */
import type { Page } from 'puppeteer-core';
import { expect, inject, test } from 'vitest';
import { type LocalStore, reachedOutEarlier } from '../e2e/streak-steps';
import { cardShownAfter, clickCardButton, composerText, sent, typeDraft, useSteady, waitForCard, waitForCardGone, waitForSent } from './harness';

interface StorageArea {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  clear(): Promise<void>;
}
declare const browser: { storage: { local: StorageArea } };

// The quiet time at its minimum, as in the Chromium suite.
const steady = useSteady({ settings: { breathSeconds: 0, quietMinutes: 1 } });

/** storage.local through the extension page the harness keeps open. */
const store: LocalStore = {
  get: (key) => steady.control.evaluate(async (k: string) => (await browser.storage.local.get(k))[k], key),
  set: (items) => steady.control.evaluate((i: Record<string, unknown>) => browser.storage.local.set(i), items),
};

function cardLine(page: Page): Promise<string> {
  return page.evaluate(() => {
    const line = document.querySelector('steady-pause')?.shadowRoot?.querySelector('dialog .count');
    return (line?.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

test('whatsapp: the third reach-out is held; "Wait until they reply" holds the next send; their reply lets it go', async () => {
  const page = await steady.openChat('whatsapp');
  // Two reach-outs, 30 and 10 minutes ago, and a send older than a day that the tab drops when it takes them in.
  await reachedOutEarlier(store, `whatsapp|https://web.whatsapp.com:${inject('fixturePort')}/15550001111@c.us`, [30, 10]);

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
});
