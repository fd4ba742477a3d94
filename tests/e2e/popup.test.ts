/**
 * The toolbar popup in real Chromium, opened as a tab at chrome-extension://<id>/popup.html:
 * its numbers follow the pauses on a fixture chat, and its snooze silences the card everywhere
 * until undone. The current-site switch is tested through chrome.action.openPopup(), which opens
 * the real popup over the chat tab.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { card, cardButton, cardShownAfter, sendMessages, sent, typeDraft, useSteady, waitForCard, waitForCardGone } from './harness';

// The slice of the extension API these tests call inside the service worker and extension pages.
interface Area {
  get(keys: string | null): Promise<Record<string, unknown>>;
}
declare const chrome: {
  storage: { sync: Area; local: Area };
  action: { openPopup(): Promise<void> };
  extension: { getViews(filter: { type: 'popup' }): Window[] };
};

const steady = useSteady();

async function openPopup(): Promise<Page> {
  const page = await steady.openExtensionPage('popup.html');
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  return page;
}

function openWhatsApp(): Promise<Page> {
  return steady.openChat('whatsapp');
}

/** Today's three numbers as the popup shows them. */
async function today(popup: Page): Promise<{ shown: string; kept: string; sent: string }> {
  const value = (id: string): Promise<string> => popup.locator(`[data-stat="${id}"] dd`).innerText();
  return { shown: await value('shown'), kept: await value('kept'), sent: await value('sent') };
}

/** Four sends through, then a fifth held by the card. */
async function holdFifth(chat: Page, draft = 'one more'): Promise<void> {
  await sendMessages(chat, 4);
  await typeDraft(chat, draft);
  await chat.keyboard.press('Enter');
  await waitForCard(chat);
}

describe('the popup’s numbers', () => {
  test('start at zero with seven empty days, and follow pauses and choices live', async () => {
    const popup = await openPopup();
    expect(await today(popup)).toEqual({ shown: '0', kept: '0', sent: '0' });
    expect(await popup.locator('svg g.day').count()).toBe(7);
    expect(await popup.locator('svg rect').count()).toBe(0);

    const chat = await openWhatsApp();
    await holdFifth(chat);
    // The popup stays open in its tab and follows storage.
    await expect.poll(() => today(popup)).toEqual({ shown: '1', kept: '0', sent: '0' });
    await cardButton(chat, 'Wait 10 minutes').click();
    await waitForCardGone(chat);
    await expect.poll(() => today(popup)).toEqual({ shown: '1', kept: '1', sent: '0' });

    // During the wait the next Enter brings the card back; this time: send anyway.
    await chat.keyboard.press('Enter');
    await waitForCard(chat);
    await cardButton(chat, 'Send anyway').click();
    await waitForCardGone(chat);
    await expect.poll(() => today(popup)).toEqual({ shown: '2', kept: '1', sent: '1' });

    // Today's bar has both parts; the table reads the same counts.
    const todayBar = popup.locator('svg g.day').last();
    expect(await todayBar.locator('rect.kept').count()).toBe(1);
    expect(await todayBar.locator('rect.sent').count()).toBe(1);
    const lastRow = popup.locator('table tbody tr').last();
    expect(await lastRow.locator('td').allInnerTexts()).toEqual(['1', '1']);
  });

  test('Escape counts as keeping on editing; a fresh popup reads the stored counts', async () => {
    const chat = await openWhatsApp();
    await holdFifth(chat);
    await chat.keyboard.press('Escape');
    await waitForCardGone(chat);
    const popup = await openPopup();
    await expect.poll(() => today(popup)).toEqual({ shown: '1', kept: '1', sent: '0' });
  });

  test('stores counts only: no text, no site, no conversation', async () => {
    const chat = await openWhatsApp();
    await holdFifth(chat, 'secret words for Alex');
    await cardButton(chat, 'Keep editing').click();
    const stored = await steady.worker.evaluate(() => chrome.storage.local.get(null));
    // Beside the counts: this install's random secret, the streaks under keys salted with it (times
    // only), and which key combination sends per site id (the one place a site is named, by design).
    const { stats, installSecret, streaks, sendKeys, ...rest } = stored;
    const json = JSON.stringify({ stats, installSecret, streaks, rest });
    expect(rest).toEqual({});
    expect(sendKeys).toEqual({ whatsapp: { enter: { order: expect.any(Number), sends: true } } });
    expect(JSON.stringify(stats)).toMatch(/^\{"days":\{"\d{4}-\d{2}-\d{2}":\{[a-zA-Z":,0-9]+\}\}\}$/);
    expect(installSecret).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(streaks)).toMatch(/^\{"[0-9a-z]+\.[0-9a-z]+":\{[a-zA-Z":,[\]0-9]+\}\}$/);
    expect(json).not.toMatch(/secret words|Alex|whatsapp/i);
  });
});

describe('snooze', () => {
  test('no card while snoozed, sends pass and still count; the card is back after undo', async () => {
    const chat = await openWhatsApp();
    await sendMessages(chat, 4);

    const popup = await openPopup();
    await popup.getByRole('button', { name: 'Pause nudges for 1 hour', exact: true }).click();
    await expect.poll(() => popup.getByRole('status').innerText()).toMatch(/^Snoozed until .+\. No pause card until then\.$/);
    // Focus moves to Undo, so the keyboard can take it back at once.
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Undo');

    await chat.bringToFront();
    await chat.evaluate(() => window.__composer.focus());
    await sendMessages(chat, 2, 'snoozed');
    expect(await cardShownAfter(chat), 'card while snoozed').toBe(false);
    expect(await sent(chat)).toHaveLength(6);
    expect(await today(popup)).toEqual({ shown: '0', kept: '0', sent: '0' });

    await popup.bringToFront();
    await popup.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => popup.getByRole('status').innerText()).toBe('Pause cards are on.');

    // The sends made while snoozed were counted: the next one is over the limit.
    await chat.bringToFront();
    await chat.evaluate(() => window.__composer.focus());
    await typeDraft(chat, 'after the snooze');
    await chat.keyboard.press('Enter');
    await waitForCard(chat);
    expect(await sent(chat)).toHaveLength(6);
    await cardButton(chat, 'Keep editing').click();
  });

  test('a snooze set before the chat opens holds from its first send', async () => {
    const popup = await openPopup();
    await popup.getByRole('button', { name: 'Until tomorrow morning', exact: true }).click();
    await expect.poll(() => popup.getByRole('status').innerText()).toMatch(/^Snoozed until /);
    const chat = await openWhatsApp();
    await sendMessages(chat, 6);
    expect(await card(chat).isVisible()).toBe(false);
    expect(await sent(chat)).toHaveLength(6);
  });
});

describe('this site', () => {
  test('a popup opened in its own tab knows no chat site', async () => {
    const popup = await openPopup();
    expect(await popup.getByText('Not a chat site Steady knows.').isVisible()).toBe(true);
    expect(await popup.getByRole('switch').count()).toBe(0);
  });

  test('the real popup over a chat tab shows its site, and its switch turns Steady off there', async () => {
    // Playwright does not hand out the toolbar popup as a page; another extension page can reach
    // it through chrome.extension.getViews. That page must exist before the chat tab is in front.
    const helper = await openPopup();
    const chat = await openWhatsApp();
    await chat.bringToFront();
    await steady.worker.evaluate(() => chrome.action.openPopup());
    const popupSwitch = (): Promise<{ label: string; checked: boolean } | null> =>
      helper.evaluate(() => {
        const doc = chrome.extension.getViews({ type: 'popup' })[0]?.document;
        const input = doc?.querySelector<HTMLInputElement>('input[role=switch]');
        if (!doc || !input) return null;
        return { label: doc.querySelector(`label[for="${input.id}"]`)?.textContent ?? '', checked: input.checked };
      });
    await expect.poll(popupSwitch).toEqual({ label: 'Pause fast sends on WhatsApp Web', checked: true });
    await helper.evaluate(() => chrome.extension.getViews({ type: 'popup' })[0]?.document.querySelector<HTMLInputElement>('input[role=switch]')?.click());
    await expect.poll(popupSwitch).toEqual({ label: 'Pause fast sends on WhatsApp Web', checked: false });
    await expect.poll(() => steady.worker.evaluate(async () => {
      const stored = (await chrome.storage.sync.get('settings')).settings as { sites?: Record<string, boolean> } | undefined;
      return stored?.sites?.whatsapp;
    })).toBe(false);

    await chat.evaluate(() => window.__composer.focus());
    await sendMessages(chat, 6);
    expect(await card(chat).isVisible()).toBe(false);
    expect(await sent(chat)).toHaveLength(6);
  });
});
