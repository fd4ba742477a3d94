/**
 * Site health in real Firefox ESR: the popup (opened as a page and told which tab to ask with
 * ?tab=<id>) reaches the chat tab's content script over the `steady-health` port and says in plain
 * words what it saw, as in tests/e2e/health.test.ts. Firefox differs where it matters here: its
 * content scripts reach storage.session through the background, and the report names Firefox.
 */
import type { Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { focusComposer, openExtensionPage, receive, sendMessages, typeDraft, useSteady } from './harness';

declare const browser: { tabs: { query(info: object): Promise<{ id?: number; url?: string }[]> } };

// A limit no test reaches: health is about counting, not about the card.
const steady = useSteady({ settings: { limit: 50 } });

/** The tab id of the one open WhatsApp page, asked through the extension page the harness keeps open. */
async function whatsAppTabId(): Promise<number> {
  const tabs = await steady.control.evaluate(() => browser.tabs.query({}));
  const ids = tabs.filter((tab) => tab.url?.includes('web.whatsapp.com')).map((tab) => tab.id);
  expect(ids).toHaveLength(1);
  return ids[0] ?? -1;
}

/** Opens another chat from the fixture's chat list, as a click there would. */
async function openChatNamed(page: Page, name: string): Promise<void> {
  await page.evaluate((label: string) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
    if (!button) throw new Error(`no chat named ${label}`);
    button.click();
  }, name);
  await focusComposer(page);
}

/** The popup's text for one selector, trimmed; '' while it is not there. */
function popupText(popup: Page, selector: string): Promise<string> {
  return popup.evaluate((s: string) => (document.querySelector(s) as HTMLElement | null)?.innerText.trim() ?? '', selector);
}

test('the popup reaches the chat tab and says Working; the copied report names Firefox and holds no typed text', async () => {
  const chat = await steady.openChat('whatsapp');
  await sendMessages(chat, 1, 'hello Alex');
  await openChatNamed(chat, 'Sam Okafor');
  await sendMessages(chat, 1, 'hello Sam');
  await receive(chat);
  await typeDraft(chat, 'unsent draft');

  const popup = await openExtensionPage(steady, `popup.html?tab=${await whatsAppTabId()}`, await steady.newPage());
  await expect.poll(() => popupText(popup, '.health-verdict'), { timeout: 5_000 }).toBe('Working: counts each chat apart and notices replies.');
  expect(await popupText(popup, 'li[data-check="chats"]')).toBe('Counts each chat apart.');
  expect(await popupText(popup, 'li[data-check="replies"]')).toBe('Notices replies.');

  await popup.evaluate(() => {
    const copied: string[] = [];
    (window as unknown as { __copied: string[] }).__copied = copied;
    navigator.clipboard.writeText = async (text: string) => void copied.push(text);
  });
  await popup.evaluate(() => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Copy a problem report');
    if (!button) throw new Error('no "Copy a problem report" button');
    button.click();
  });
  await expect.poll(() => popup.evaluate(() => (window as unknown as { __copied: string[] }).__copied.length)).toBe(1);
  const report = await popup.evaluate(() => (window as unknown as { __copied: string[] }).__copied[0] ?? '');
  expect(report).toMatch(/\nBrowser: Firefox \d+\n/);
  expect(report).toContain('Site: whatsapp (web.whatsapp.com)');
  for (const text of ['hello', 'Alex', 'Sam', 'Okafor', 'unsent draft']) expect(report, `report contains ${text}`).not.toContain(text);
});
