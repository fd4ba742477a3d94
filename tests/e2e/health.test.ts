/**
 * Site health in real Chromium: the popup (opened as a page and told which tab to ask with
 * ?tab=<id>) asks the chat tab's frames what they saw, and says in plain words whether Steady
 * still fits the site. The WhatsApp fixture with ?onekey breaks the conversation key on purpose
 * (its adapter is unchanged): the address changes with each chat, the key never does.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { goTo, receive, sendMessage, typeDraft, useSteady } from './harness';

declare const chrome: { tabs: { query(info: object): Promise<{ id?: number; url?: string }[]> } };

// A limit no test reaches: health is about counting, not about the card.
const steady = useSteady({ settings: { limit: 50 } });

function openWhatsApp(path: string): Promise<Page> {
  return steady.openChat('whatsapp', { path });
}

/** The tab id of the one open WhatsApp page, from the service worker (Steady has its host, so it sees the URL). */
async function whatsAppTabId(): Promise<number> {
  const tabs = await steady.worker.evaluate(() => chrome.tabs.query({}));
  const ids = tabs.filter((tab) => tab.url?.includes('web.whatsapp.com')).map((tab) => tab.id);
  expect(ids).toHaveLength(1);
  return ids[0] ?? -1;
}

/** The popup as a page, describing the chat tab; records what "Copy a problem report" puts on the clipboard. */
async function openPopupFor(tabId: number): Promise<Page> {
  const popup = await steady.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.getByRole('heading', { name: 'Site check' }).waitFor();
  await popup.evaluate(() => {
    const copied: string[] = [];
    (window as unknown as { __copied: string[] }).__copied = copied;
    navigator.clipboard.writeText = async (text: string) => {
      copied.push(text);
    };
  });
  return popup;
}

const verdict = (popup: Page): Promise<string> => popup.locator('.health-verdict').innerText();
const checkLine = (popup: Page, check: string): Promise<string> => popup.locator(`li[data-check="${check}"]`).innerText();

describe('site health in the popup', () => {
  test('a healthy chat: Working, counts each chat apart and notices replies', async () => {
    const chat = await openWhatsApp('/');
    await sendMessage(chat, 'hello Alex');
    await goTo(chat, 'whatsapp', { button: 'Sam Okafor' });
    await sendMessage(chat, 'hello Sam');
    await receive(chat);

    const popup = await openPopupFor(await whatsAppTabId());
    await expect.poll(() => verdict(popup)).toBe('Working: counts each chat apart and notices replies.');
    expect(await checkLine(popup, 'chats')).toBe('Counts each chat apart.');
    expect(await popup.getByRole('switch').isChecked()).toBe(true);
  });

  test('a conversation key broken on purpose: the popup says Steady can’t tell the chats apart, and the report holds no typed text', async () => {
    const chat = await openWhatsApp('/?onekey');
    const typed = ['secret words for Alex', 'call me Sam', 'are you there Alex', 'Sam please answer'];
    const nav = ['Sam Okafor', 'Alex Rivera', 'Sam Okafor'];
    await sendMessage(chat, typed[0] ?? '');
    for (const [i, name] of nav.entries()) {
      await goTo(chat, 'whatsapp', { button: name });
      await sendMessage(chat, typed[i + 1] ?? '');
    }
    // A draft left in the box is not in the report either.
    await typeDraft(chat, 'unsent draft for Sam');

    const popup = await openPopupFor(await whatsAppTabId());
    await expect.poll(() => verdict(popup)).toBe('WhatsApp Web seems to have changed, and Steady doesn’t fully fit it right now:');
    expect(await checkLine(popup, 'chats')).toBe('Steady can’t tell your chats apart on WhatsApp Web right now, so it counts them together.');
    // The rest still works: the message box is found and sends are seen.
    expect(await checkLine(popup, 'composer')).toBe('Finds your message box.');
    expect(await checkLine(popup, 'sends')).toBe('Sees your messages go out.');

    await popup.getByRole('button', { name: 'Copy a problem report' }).click();
    await expect.poll(() => popup.locator('[aria-live=polite]').innerText()).toMatch(/^Copied\./);
    const copied = await popup.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
    expect(copied).toHaveLength(1);
    const report = copied[0] ?? '';
    expect(report).toMatch(/^Steady site health report\nSteady: \d+\.\d+\.\d+\nBrowser: Chrome \d+\n/);
    expect(report).toContain('Site: whatsapp (web.whatsapp.com)');
    expect(report).toContain('Chats told apart: problem (3 address changes, 0 with a new chat; 0 chat changes)');
    expect(report).toContain('Composer found: ok (adapter 4, generic only 0)');
    for (const text of [...typed, 'unsent draft', 'Alex', 'Sam', 'Rivera', 'Okafor', 'onekey', 'chat-1', 'chat-2', '1555000']) {
      expect(report, `report contains ${text}`).not.toContain(text);
    }
    expect(report).not.toMatch(/https?:|\/\/|[?#]|:\d{4,5}\b/);
  });
});
