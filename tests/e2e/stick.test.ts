/**
 * Making the pause stick, in real Chromium with the built extension: a breath that grows within a
 * run of pauses, typing one's own words before "Send anyway", and "Hold me to my settings".
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { card, cardButton, cardShownAfter, holdDraft, reachLimit, sendMessages, sent, setSettings, storedSettings, typeDraft, useSteady, waitForCard, waitForCardGone, waitForSent } from './harness';

/** The extension's storage as the service worker sees it (evaluated there, not here). */
declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> };
};

// Each test stores its own settings.
const steady = useSteady({ settings: null });
let chat: Page;

async function openTextarea(): Promise<Page> {
  chat = await steady.openChat('textarea');
  return chat;
}

/** Four sends pass; the fifth draft is held and the card opens. */
async function pauseAtLimit(draft: string): Promise<void> {
  await reachLimit(chat);
  await holdDraft(chat, draft);
}

/** The countdown on "Send anyway" (hidden from screen readers, shown to the eye). */
async function countdown(): Promise<number> {
  const text = (await cardButton(chat, 'Send anyway').textContent()) ?? '';
  return Number(/· (\d+)/.exec(text)?.[1] ?? 0);
}

describe('a breath that grows', () => {
  test('the third pause in a row shows a longer breath and the line that says why', async () => {
    await setSettings(steady, { breathSeconds: 3 });
    await openTextarea();
    await pauseAtLimit('one more');
    expect(await countdown()).toBeLessThanOrEqual(3);
    expect(await card(chat).getByText(/A longer breath this time/).count()).toBe(0);

    // Back to the draft, and Enter again: the second pause in the run.
    await cardButton(chat, 'Keep editing').click();
    await waitForCardGone(chat);
    await chat.keyboard.press('Enter');
    await waitForCard(chat);
    expect(await countdown()).toBeGreaterThan(3);
    await cardButton(chat, 'Keep editing').click();
    await waitForCardGone(chat);

    await chat.keyboard.press('Enter');
    await waitForCard(chat);
    const line = card(chat).getByText('A longer breath this time: this is pause 3 in a row with them, each within an hour of the last.');
    await line.waitFor();
    // 3 → 6 → 12 seconds: more than the second pause's 6 even after a second has gone by.
    expect(await countdown()).toBeGreaterThan(6);
    expect(await cardButton(chat, 'Send anyway').isDisabled()).toBe(true);
    expect(await sent(chat)).toHaveLength(4);
  });
});

describe('typing one\'s own words to send anyway', () => {
  test('"Send anyway" stays off until the words are typed, then sends exactly once', async () => {
    await setSettings(steady, { breathSeconds: 0, typeOwnWords: true, ownWords: 'Slow is kind.' });
    await openTextarea();
    await pauseAtLimit('the fifth one');
    const field = card(chat).getByRole('textbox', { name: 'Type your own words to send anyway' });
    const send = cardButton(chat, 'Send anyway');
    expect(await send.isDisabled()).toBe(true);
    await field.pressSequentially('slow IS  kind');
    expect(await send.isDisabled()).toBe(true);
    await field.pressSequentially('.');
    await card(chat).getByText('Those are your words. You can send now.').waitFor();
    expect(await send.isDisabled()).toBe(false);
    expect(await sent(chat)).toHaveLength(4);
    await send.click();
    await waitForCardGone(chat);
    const texts = await waitForSent(chat, 5);
    expect(texts[4]).toBe('the fifth one');
    expect(await cardShownAfter(chat)).toBe(false);
    expect(await sent(chat)).toHaveLength(5);
  });

  test('in a short 800×600 window every choice on the card shows without scrolling', async () => {
    await setSettings(steady, { breathSeconds: 0, typeOwnWords: true, ownWords: 'Slow is kind.' });
    await openTextarea();
    await chat.setViewportSize({ width: 800, height: 600 });
    await pauseAtLimit('the fifth one');
    const field = card(chat).getByRole('textbox', { name: 'Type your own words to send anyway' });
    const dialog = await card(chat).boundingBox();
    for (const control of [field, cardButton(chat, 'Wait 10 minutes'), cardButton(chat, 'Keep editing'), cardButton(chat, 'Send anyway')]) {
      const box = await control.boundingBox();
      expect(box && dialog && box.y >= dialog.y && box.y + box.height <= dialog.y + dialog.height, `${String(control)} is cut off`).toBe(true);
    }
    expect(await card(chat).evaluate((d) => d.scrollHeight <= d.clientHeight), 'the card scrolls').toBe(true);
  });

  test('Escape still closes the card at once, from the field, and sends nothing', async () => {
    await setSettings(steady, { breathSeconds: 0, typeOwnWords: true, ownWords: 'Slow is kind.' });
    await openTextarea();
    await pauseAtLimit('kept');
    await card(chat).getByRole('textbox', { name: 'Type your own words to send anyway' }).pressSequentially('slow');
    await chat.keyboard.press('Escape');
    await waitForCardGone(chat);
    expect(await sent(chat)).toHaveLength(4);
  });
});

describe('hold me to my settings', () => {
  let options: Page;

  async function openOptions(): Promise<Page> {
    options = await steady.openExtensionPage('options.html');
    await options.getByRole('switch', { name: 'Pause fast sends' }).waitFor();
    return options;
  }

  async function setLimit(value: string): Promise<void> {
    const field = options.getByRole('textbox', { name: 'Messages before a pause' });
    await field.fill(value);
    await field.press('Tab');
  }

  const pendingList = () => options.getByRole('region', { name: 'Changes waiting to take effect' });

  test('raising the limit waits (open tabs keep the old one), Cancel removes it, lowering applies at once', async () => {
    await setSettings(steady, { breathSeconds: 0, holdMe: true, holdHours: 1 });
    await openTextarea();
    await openOptions();

    await setLimit('8');
    await pendingList().getByText(/^Messages before a pause: 8, from /).waitFor();
    await options.getByRole('status').getByText(/This makes Steady looser, so it waits until/).waitFor();
    expect(await options.getByRole('textbox', { name: 'Messages before a pause' }).inputValue()).toBe('4');
    expect(await storedSettings(steady)).toMatchObject({ limit: 4 });

    // The open chat still pauses at the old limit.
    await chat.bringToFront();
    await pauseAtLimit('fifth');

    await options.bringToFront();
    await pendingList().getByRole('button', { name: 'Cancel the change to Messages before a pause' }).click();
    await pendingList().waitFor({ state: 'detached' });
    expect(await steady.worker.evaluate(async () => (await chrome.storage.local.get('pendingChanges')).pendingChanges)).toEqual([]);
    expect(await storedSettings(steady)).toMatchObject({ limit: 4 });

    await setLimit('2');
    await options.getByRole('status').getByText('Saved').waitFor();
    expect(await storedSettings(steady)).toMatchObject({ limit: 2 });
    expect(await pendingList().count()).toBe(0);

    // The open tab has the new limit at once: the fresh window after "Send anyway" holds the sent
    // draft and one more send; the next is held (at the old limit of 4 it would pass).
    await chat.bringToFront();
    await cardButton(chat, 'Send anyway').click();
    await waitForSent(chat, 5);
    await sendMessages(chat, 1, 'fresh');
    expect(await cardShownAfter(chat)).toBe(false);
    await typeDraft(chat, 'held');
    await chat.keyboard.press('Enter');
    await waitForCard(chat);
    expect(await sent(chat)).toHaveLength(6);
  });

  test('a held change takes effect when it is due, applied by the background', async () => {
    await setSettings(steady, { holdMe: true, holdHours: 1 });
    const now = Date.now();
    await steady.worker.evaluate((change) => chrome.storage.local.set({ pendingChanges: [change] }), {
      path: 'limit', value: 9, madeAt: now - 2 * 3_600_000, dueAt: now - 3_600_000,
    });
    await expect.poll(async () => (await storedSettings(steady) as { limit?: number }).limit, { timeout: 5_000 }).toBe(9);
    expect(await steady.worker.evaluate(async () => (await chrome.storage.local.get('pendingChanges')).pendingChanges)).toEqual([]);
  });
  test('a change due in a few seconds is applied by the alarm, with no Steady page open', async () => {
    await setSettings(steady, { holdMe: true, holdHours: 1 });
    // Far enough ahead that a busy machine still arms the alarm before Chromium's 1 s minimum would move it.
    const dueAt = Date.now() + 4_000;
    await steady.worker.evaluate((change) => chrome.storage.local.set({ pendingChanges: [change] }), {
      path: 'limit', value: 9, madeAt: dueAt - 3_600_000, dueAt,
    });
    // Not due yet: nothing applied, and the background armed its alarm for the due time (unpacked
    // extensions may set alarms a second ahead; a packed one waits at least 30 s, later is fine).
    await expect.poll(() => steady.worker.evaluate(async () => (await chrome.alarms.get('pendingChanges'))?.scheduledTime)).toBe(dueAt);
    expect(await storedSettings(steady)).toMatchObject({ limit: 4 });
    await expect.poll(async () => (await storedSettings(steady) as { limit?: number }).limit, { timeout: 15_000 }).toBe(9);
    expect(await steady.worker.evaluate(async () => (await chrome.storage.local.get('pendingChanges')).pendingChanges)).toEqual([]);
    expect(await steady.worker.evaluate(async () => (await chrome.alarms.get('pendingChanges')) ?? null)).toBeNull();
  });
});
