/**
 * Telegram K, Telegram A, Discord, Slack and Element in real Chromium with the built extension:
 * an edit of an old message is never held or counted, a thread or topic is counted apart from its
 * parent, Telegram A's page-level Enter (focus outside any text field) is held at the limit, its
 * expanded editor makes line breaks on Enter, and Element tells their replies from our own echoes.
 * Default limit: 4 sends per 60 s, the 5th is held.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { type FixtureName, afterTheirReply, card, cardButton, cardShownAfter, composerFocused, enterOutsideField, focusComposer as focusIn, HUMAN_PAUSE_MS, holdDraft as holdIn, reachLimit as reachIn, sendMessages, sent, typeDraft, useSteady, waitForCard, waitForSent } from './harness';

const steady = useSteady();
let page: Page;

async function open(fixture: FixtureName, path?: string): Promise<Page> {
  page = await steady.openChat(fixture, path ? { path } : {});
  return page;
}

const reachLimit = (prefix?: string): Promise<string[]> => reachIn(page, prefix);
const holdDraft = (draft: string): Promise<void> => holdIn(page, draft);
const edited = (): Promise<string[]> => page.evaluate(() => window.__edited ?? []);
const focusComposer = (): Promise<void> => focusIn(page);

describe.each<FixtureName>(['telegramK', 'telegramA', 'discord', 'slack'])('%s: editing an old message', (fixture) => {
  test('at the limit an edit is saved with Enter and no card; it is not counted, and the 5th new message is still held', async () => {
    await open(fixture);
    const first = await reachLimit();
    // ArrowUp in the empty composer edits the last own message, as these sites do.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('End');
    await page.keyboard.type(' (fixed)');
    await page.keyboard.press('Enter');
    await expect.poll(edited).toEqual([`${first.at(-1)} (fixed)`]);
    expect(await cardShownAfter(page), 'an edit was held').toBe(false);
    expect(await sent(page), 'the edit became a new message').toEqual(first);
    await focusComposer();
    await holdDraft('the fifth');
  });
});

describe('threads and topics are counted apart from their parent', () => {
  test('Telegram A: a forum topic (in the hash) has its own count', async () => {
    await open('telegramA', '/a/#-1001234567890');
    await reachLimit();
    await page.getByRole('link', { name: 'Book club: Plans', exact: true }).click();
    await focusComposer();
    await reachLimit('topic');
    await page.getByRole('link', { name: 'Book club', exact: true }).click();
    await focusComposer();
    await holdDraft('back in the chat');
    expect(await sent(page)).toHaveLength(8);
  });

  test('Telegram K: a forum topic (the hash stays, the top bar names it) has its own count', async () => {
    await open('telegramK', '/k/#-1001234567890');
    await reachLimit();
    await page.getByRole('button', { name: 'Book club: Plans', exact: true }).click();
    expect(new URL(page.url()).hash).toBe('#-1001234567890');
    await focusComposer();
    await reachLimit('topic');
    await page.getByRole('button', { name: 'Book club: General', exact: true }).click();
    await focusComposer();
    await holdDraft('back in General');
    expect(await sent(page)).toHaveLength(8);
  });

  test('Discord: a thread opened beside its channel has its own count', async () => {
    await open('discord', '/channels/900/100');
    await reachLimit();
    await page.getByRole('button', { name: 'Open thread', exact: true }).click();
    await page.getByRole('textbox', { name: 'Message thread' }).focus();
    expect(new URL(page.url()).pathname).toBe('/channels/900/100/threads/300');
    await reachLimit('thread');
    await focusComposer();
    await holdDraft('back in the channel');
    expect(await sent(page)).toHaveLength(8);
  });

  test('Slack: a thread in the thread pane has its own count', async () => {
    await open('slack');
    await reachLimit();
    await page.getByRole('button', { name: 'Reply in thread', exact: true }).click();
    await page.getByRole('textbox', { name: 'Reply…' }).focus();
    expect(new URL(page.url()).pathname).toBe('/client/T01/C01/thread/C01-1700000000.000100');
    await reachLimit('thread');
    await focusComposer();
    await holdDraft('back in the channel');
    expect(await sent(page)).toHaveLength(8);
  });

  test('Element: the thread panel has its own count', async () => {
    await open('element');
    await reachLimit();
    await page.getByRole('button', { name: 'Thread', exact: true }).click();
    await page.getByRole('textbox', { name: 'Reply to thread…' }).focus();
    await reachLimit('thread');
    await focusComposer();
    await holdDraft('back in the room');
    expect(await sent(page)).toHaveLength(8);
  });
});

describe('Telegram A: keys its own code gives meaning to', () => {
  test('Enter with focus outside any text field sends there, is counted, and is held at the limit', async () => {
    await open('telegramA');
    await sendMessages(page, 3);
    await enterOutsideField(page, 'from outside');
    expect((await waitForSent(page, 4)).at(-1)).toBe('from outside');
    await page.waitForTimeout(HUMAN_PAUSE_MS);
    expect(await cardShownAfter(page), 'card below the limit').toBe(false);
    await focusComposer();
    await enterOutsideField(page, 'the fifth, from outside');
    await waitForCard(page);
    expect(await sent(page)).toHaveLength(4);
    await cardButton(page, 'Send anyway').click();
    expect((await waitForSent(page, 5)).at(-1)).toBe('the fifth, from outside');
    await page.waitForTimeout(500);
    expect(await sent(page), 'sent twice').toHaveLength(5);
  });

  test('in the expanded editor Enter is a line break at the limit (no card); Ctrl+Enter is held', async () => {
    await open('telegramA');
    await reachLimit();
    await page.getByRole('button', { name: 'Expand', exact: true }).click();
    // Tiptap's focus command moves focus on the next frame: a key typed before it goes to the button.
    await expect.poll(() => composerFocused(page)).toBe(true);
    await typeDraft(page, 'first line');
    await page.keyboard.press('Enter');
    expect(await cardShownAfter(page), 'card on a line break').toBe(false);
    await page.keyboard.type('second line');
    expect(await page.evaluate(() => window.__draft())).toBe('first line\nsecond line');
    await page.keyboard.press('Control+Enter');
    await waitForCard(page);
    expect(await sent(page)).toHaveLength(4);
    expect(await card(page).isVisible()).toBe(true);
  });
});

test('Element: their event resets the count; our own events (data-self) are never taken for theirs', async () => {
  await open('element');
  const first = await reachLimit();
  await afterTheirReply(page, first);
  await holdDraft('one too many');
});
