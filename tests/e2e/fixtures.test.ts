/**
 * The fixture pages on their own, in plain Chromium without the extension: they must send on
 * their key and button, keep Shift+Enter as a line break, and record what they sent. Every
 * extension test stands on these pages behaving like the real sites.
 */
import type { Page } from 'playwright-core';
import { FIXTURE_NAMES } from '../fixtures/catalog';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
  FIXTURES,
  type Browser,
  type FixtureName,
  composerFocused,
  composerText,
  imeEnter,
  keysSeen,
  launchPlain,
  openChat,
  sendMessage,
  sent,
  typeDraft,
  waitForSent,
  watchErrors,
} from './harness';

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchPlain();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  expect(errors).toEqual([]);
  await page?.close();
});

async function open(fixture: FixtureName, options: { path?: string; hostile?: boolean } = {}): Promise<Page> {
  page = await browser.context.newPage();
  errors = watchErrors(page);
  return openChat(browser.context, fixture, { ...options, page });
}

describe.each(FIXTURE_NAMES)('%s fixture', (fixture) => {
  test('is ready with the composer focused and nothing sent', async () => {
    await open(fixture);
    expect(await composerFocused(page)).toBe(true);
    expect(await sent(page)).toEqual([]);
    expect(await composerText(page)).toBe('');
  });

  test('Enter sends the draft and empties the composer', async () => {
    await open(fixture);
    await sendMessage(page, 'hello there');
    await sendMessage(page, 'second');
    expect(await sent(page)).toEqual(['hello there', 'second']);
    expect(await composerText(page)).toBe('');
    expect(await composerFocused(page)).toBe(true);
    expect(await page.getByText('hello there', { exact: true }).count()).toBe(1);
    expect(await page.getByText('second', { exact: true }).count()).toBe(1);
  });

  test('Shift+Enter is a line break, and the multi-line draft is sent whole', async () => {
    await open(fixture);
    await typeDraft(page, 'line one\nline two');
    expect(await composerText(page)).toBe('line one\nline two');
    expect(await sent(page)).toEqual([]);
    await page.keyboard.press('Enter');
    expect(await waitForSent(page, 1)).toEqual(['line one\nline two']);
    expect(await composerText(page)).toBe('');
  });

  test('Enter on an empty composer sends nothing', async () => {
    await open(fixture);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(100);
    expect(await sent(page)).toEqual([]);
    expect(await keysSeen(page)).toEqual(['Enter']);
  });

  test('an IME Enter (keyCode 229) sends nothing and changes nothing', async () => {
    await open(fixture);
    await typeDraft(page, 'konnichiwa');
    await imeEnter(page);
    await page.waitForTimeout(100);
    expect(await keysSeen(page)).toEqual(['IME Enter']);
    expect(await sent(page)).toEqual([]);
    expect(await composerText(page)).toBe('konnichiwa');
  });

  test('the send button sends once and focus stays in the composer', async () => {
    await open(fixture);
    await typeDraft(page, 'by button');
    await page.locator(FIXTURES[fixture].sendButton).click();
    expect(await waitForSent(page, 1)).toEqual(['by button']);
    expect(await composerText(page)).toBe('');
    await page.waitForTimeout(100);
    expect(await sent(page)).toEqual(['by button']);
    if (fixture !== 'textarea') expect(await composerFocused(page)).toBe(true);
  });

  test('__receive() shows one new message from the other person and sends nothing', async () => {
    await open(fixture);
    const rows = (): Promise<number> => page.evaluate(() => document.body.innerText.split('(reply)').length - 1);
    expect(await rows()).toBe(0);
    await page.evaluate(() => window.__receive?.());
    expect(await rows()).toBe(fixture === 'textarea' ? 0 : 1);
    expect(await sent(page)).toEqual([]);
  });

  test('?hostile: an overlay covers the page, yet the focused composer still sends', async () => {
    await open(fixture, { hostile: true });
    const box = await page.locator(FIXTURES[fixture].composer).boundingBox();
    expect(box).not.toBeNull();
    const onTop = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.id, [box!.x + 5, box!.y + 5] as const);
    expect(onTop).toBe('hostile-overlay');
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('3px');
    expect(await composerFocused(page)).toBe(true);
    await sendMessage(page, 'through the overlay');
    expect(await sent(page)).toEqual(['through the overlay']);
  });
});

describe('whatsapp fixture', () => {
  const rowIds = (p: Page): Promise<string[]> =>
    p.$$eval('#main [data-id]', (rows) => rows.map((row) => row.getAttribute('data-id') ?? ''));

  test('the send slot holds "Voice message" when empty and "Send" with text', async () => {
    await open('whatsapp');
    const slot = page.locator('footer button');
    expect(await slot.getAttribute('aria-label')).toBe('Voice message');
    await typeDraft(page, 'x');
    expect(await slot.getAttribute('aria-label')).toBe('Send');
    await page.keyboard.press('Enter');
    await waitForSent(page, 1);
    expect(await slot.getAttribute('aria-label')).toBe('Voice message');
  });

  test('the composer is a live Lexical editor with WhatsApp\'s attributes', async () => {
    await open('whatsapp');
    const attributes = await page.locator(FIXTURES.whatsapp.composer).evaluate((el) => ({
      lexical: el.getAttribute('data-lexical-editor'),
      label: el.getAttribute('aria-label'),
      role: el.getAttribute('role'),
      inFooter: el.closest('#main footer div.lexical-rich-text-input') !== null,
    }));
    expect(attributes).toEqual({ lexical: 'true', label: 'Type a message', role: 'textbox', inFooter: true });
  });

  test('message rows carry the open chat\'s jid, and switching chats changes it', async () => {
    await open('whatsapp');
    expect(await rowIds(page)).toEqual([expect.stringMatching(/^false_15550001111@c\.us_/)]);
    await sendMessage(page, 'to Alex');
    expect((await rowIds(page))[1]).toMatch(/^true_15550001111@c\.us_/);
    await page.getByRole('button', { name: 'Sam Okafor' }).click();
    expect(await page.locator('#main header span[title]').getAttribute('title')).toBe('Sam Okafor');
    expect(await rowIds(page)).toEqual([expect.stringMatching(/^false_15550002222@c\.us_/)]);
    expect(await composerFocused(page)).toBe(true);
    await sendMessage(page, 'to Sam');
    expect((await rowIds(page))[1]).toMatch(/^true_15550002222@c\.us_/);
    expect(await sent(page)).toEqual(['to Alex', 'to Sam']);
  });

  test('Enter in the chat-list search opens a chat and sends nothing', async () => {
    await open('whatsapp');
    await page.locator('#side [data-tab="3"]').focus();
    await page.keyboard.type('sam');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#main header span[title]').getAttribute('title')).toBe('Sam Okafor');
    expect(await sent(page)).toEqual([]);
  });
});

describe('whatsappNew fixture (hidden phone numbers)', () => {
  test('rows carry only the message id, marked .message-in / .message-out; no chat id anywhere in the page', async () => {
    await open('whatsappNew');
    await sendMessage(page, 'to Alex');
    const rows = await page.$$eval('#main [role=row]', (els) => els.map((row) => ({
      id: row.querySelector('[data-id]')?.getAttribute('data-id') ?? '',
      kind: row.querySelector('.message-in') ? 'in' : row.querySelector('.message-out') ? 'out' : '?',
    })));
    expect(rows.map((r) => r.kind)).toEqual(['in', 'out']);
    for (const row of rows) expect(row.id).toMatch(/^3EB0[0-9A-F]{8}$/);
    expect(await page.evaluate(() => document.body.innerHTML)).not.toMatch(/@c\.us|true_|false_/);
  });

  test('the send button has a translated label and is known by its icon; the slot swaps to the mic when empty', async () => {
    await open('whatsappNew');
    const slot = page.locator('footer button');
    expect(await slot.getAttribute('aria-label')).toBe('Mensagem de voz');
    await typeDraft(page, 'x');
    expect(await slot.getAttribute('aria-label')).toBe('Enviar');
    expect(await page.locator(FIXTURES.whatsappNew.sendButton).count()).toBe(1);
    await page.locator(FIXTURES.whatsappNew.sendButton).click();
    expect(await waitForSent(page, 1)).toEqual(['x']);
    expect(await page.locator(FIXTURES.whatsappNew.sendButton).count()).toBe(0);
  });
});

describe('slack fixture', () => {
  test('the channel list switches channel without a page load', async () => {
    await open('slack');
    const editor = page.locator(FIXTURES.slack.composer);
    expect(await editor.getAttribute('aria-label')).toBe('Message #general');
    await sendMessage(page, 'in general');
    await page.evaluate(() => { (window as unknown as { marker: number }).marker = 1; });
    await page.getByRole('link', { name: '# random' }).click();
    expect(new URL(page.url()).pathname).toBe('/client/T01/C02');
    expect(await editor.getAttribute('aria-label')).toBe('Message #random');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    expect(await composerFocused(page)).toBe(true);
    await sendMessage(page, 'in random');
    expect(await page.getByRole('listitem').allTextContents()).toEqual(['in random']);
    await page.goBack();
    expect(await page.getByRole('listitem').allTextContents()).toEqual(['in general']);
    expect(await sent(page)).toEqual(['in general', 'in random']);
  });

  test('C02 can be opened directly', async () => {
    await open('slack', { path: '/client/T01/C02' });
    expect(await page.locator(FIXTURES.slack.composer).getAttribute('aria-label')).toBe('Message #random');
  });
});

describe('textarea fixture', () => {
  test('sends on keypress through the form\'s submit event', async () => {
    await open('textarea');
    await page.evaluate(() => {
      const w = window as unknown as { submits: number };
      w.submits = 0;
      document.querySelector('form')?.addEventListener('submit', () => { w.submits++; });
    });
    await sendMessage(page, 'via keypress');
    await page.evaluate(() => { document.querySelector('textarea')!.value = 'via requestSubmit'; document.querySelector('form')!.requestSubmit(); });
    expect(await waitForSent(page, 2)).toEqual(['via keypress', 'via requestSubmit']);
    expect(await page.evaluate(() => (window as unknown as { submits: number }).submits)).toBe(2);
  });

  test('"@" opens the mention list; Enter then picks the mention instead of sending', async () => {
    await open('textarea');
    const textarea = page.locator(FIXTURES.textarea.composer);
    await typeDraft(page, 'hi @');
    expect(await page.getByRole('listbox').isVisible()).toBe(true);
    expect(await textarea.getAttribute('aria-expanded')).toBe('true');
    expect(await textarea.getAttribute('aria-activedescendant')).toBe('mention-sam');
    await page.keyboard.press('Enter');
    expect(await composerText(page)).toBe('hi @Sam ');
    expect(await page.getByRole('listbox').isVisible()).toBe(false);
    expect(await textarea.getAttribute('aria-expanded')).toBe('false');
    expect(await textarea.getAttribute('aria-activedescendant')).toBeNull();
    expect(await sent(page)).toEqual([]);
    await typeDraft(page, 'there');
    await page.keyboard.press('Enter');
    expect(await waitForSent(page, 1)).toEqual(['hi @Sam there']);
  });
});
