/**
 * Learned send keys, in real Chromium with the built extension, on the Slack fixture switched to
 * Slack's "Ctrl+Enter sends" preference (?sendKey=ctrl), and on Element with its own setting:
 * what a person sees at the limit.
 * Default limit: 4 sends per 60 s, the 5th is held.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { SEND_KEYS_KEY } from '../../src/core/sendKeys';
import { FIXTURES, cardButton, cardShownAfter, composerText, focusComposer, sendMessage, sent, typeDraft, useSteady, waitForCard, waitForCardGone, waitForSent, waitUntilReady } from './harness';

const CTRL_SENDS = '/client/T01/C01?sendKey=ctrl';
const ENTER_SENDS = '/client/T01/C01';

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

const steady = useSteady();
let page: Page;

async function open(path: string, fixture: 'slack' | 'element' = 'slack'): Promise<Page> {
  page = await steady.openChat(fixture, { path });
  return page;
}

const sendWith = (text: string, key: 'Enter' | 'Control+Enter'): Promise<void> => sendMessage(page, text, key);

/** At the limit: a plain Enter makes its line break, and no card shows. */
async function expectLineBreakWithoutCard(first: string): Promise<void> {
  const before = await sent(page);
  await typeDraft(page, first);
  await page.keyboard.press('Enter');
  await page.keyboard.type('and more');
  expect(await cardShownAfter(page), 'a line break was paused').toBe(false);
  expect(await composerText(page)).toBe(`${first}\nand more`);
  expect(await sent(page)).toEqual(before);
}

function storedSendKeys(): Promise<unknown> {
  return steady.worker.evaluate(async (key) => (await chrome.storage.local.get(key))[key], SEND_KEYS_KEY);
}

test('Slack switched to Ctrl+Enter: at the limit Enter makes its new line with no card, Ctrl+Enter is held; both survive a reload', async () => {
  await open(CTRL_SENDS);
  for (let i = 1; i <= 4; i++) await sendWith(`msg ${i}`, 'Control+Enter');
  expect(await sent(page)).toEqual(['msg 1', 'msg 2', 'msg 3', 'msg 4']);

  await expectLineBreakWithoutCard('fifth');
  await page.keyboard.press('Control+Enter');
  await waitForCard(page);
  expect(await sent(page), 'the held Ctrl+Enter was sent').toHaveLength(4);
  await cardButton(page, 'Keep editing').click();
  await waitForCardGone(page);
  expect(await composerText(page), 'the draft changed').toBe('fifth\nand more');

  // Kept in storage.local per site: which combination sends, and no word of what was typed.
  const stored = await storedSendKeys();
  expect(stored).toMatchObject({ slack: { ctrlEnter: { sends: true } } });
  expect(JSON.stringify(stored)).not.toMatch(/msg|fifth|more/);

  // A reload starts a new content script: what it learned comes back from storage.
  await page.reload();
  await waitUntilReady(page);
  await expectLineBreakWithoutCard('after reload');
  await page.keyboard.press('Control+Enter');
  await waitForCard(page);
  await cardButton(page, 'Send anyway').click();
  // window.__sent starts afresh with the reloaded page.
  expect(await waitForSent(page, 1)).toEqual(['after reload\nand more']);
});

test('switched back to Enter: one Enter send is enough, and the 5th Enter is held again', async () => {
  await open(CTRL_SENDS);
  await sendWith('msg 1', 'Control+Enter');
  await page.close();

  await open(ENTER_SENDS);
  // Three more sends with Enter: the first one that empties the box teaches that Enter sends again.
  for (let i = 2; i <= 4; i++) await sendWith(`msg ${i}`, 'Enter');
  await typeDraft(page, 'fifth');
  await page.keyboard.press('Enter');
  await waitForCard(page);
  expect(await sent(page), 'the held Enter was sent').toEqual(['msg 2', 'msg 3', 'msg 4']);
  await cardButton(page, 'Keep editing').click();
  await waitForCardGone(page);
  expect(await composerText(page)).toBe('fifth');
  expect(await storedSendKeys()).toMatchObject({ slack: { enter: { sends: true } } });
});

test('Element with "Use Ctrl + Enter to send": the same, on its own editor', async () => {
  await open(FIXTURES.element.path, 'element');
  await page.getByLabel('Use Ctrl + Enter to send a message').check();
  await focusComposer(page);
  for (let i = 1; i <= 4; i++) await sendWith(`msg ${i}`, 'Control+Enter');
  await expectLineBreakWithoutCard('fifth');
  await page.keyboard.press('Control+Enter');
  await waitForCard(page);
  await cardButton(page, 'Send anyway').click();
  expect((await waitForSent(page, 5)).at(-1)).toBe('fifth\nand more');
  expect(await storedSendKeys()).toMatchObject({ element: { ctrlEnter: { sends: true } } });
});
