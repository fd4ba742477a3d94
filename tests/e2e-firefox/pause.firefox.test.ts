/**
 * The pause in real Firefox ESR with dist/firefox: the same promises as in Chromium, on the Lexical
 * (WhatsApp, in both row shapes), CKEditor 5 (Teams) and textarea fixtures. Default limit: 4 sends
 * per 60 s, the 5th is held.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import type { FixtureName } from '../fixtures/catalog';
import { FIXTURES, cardShownAfter, clickCardButton, clickSelector, composerFocused, composerText, keysSeen, sendMessages, sent, typeDraft, useSteady, waitForCard, waitForCardGone, waitForSent } from './harness';

const steady = useSteady();

function open(fixture: FixtureName): Promise<Page> {
  return steady.openChat(fixture);
}

async function reachLimit(p: Page): Promise<string[]> {
  const texts = await sendMessages(p, 4);
  expect(await cardShownAfter(p), 'card shown below the limit').toBe(false);
  expect(await sent(p)).toEqual(texts);
  return texts;
}

async function holdDraft(p: Page, draft: string): Promise<void> {
  const before = await sent(p);
  await typeDraft(p, draft);
  await p.keyboard.press('Enter');
  await waitForCard(p);
  expect(await sent(p), 'a held send reached the page').toEqual(before);
}

const plainEnters = async (p: Page): Promise<number> => (await keysSeen(p)).filter((key) => key === 'Enter').length;

describe.each(['whatsapp', 'whatsappNew', 'teams', 'textarea'] as const)('%s', (fixture) => {
  test('below the limit nothing is held; the 5th is held with the draft intact', async () => {
    const p = await open(fixture);
    await reachLimit(p);
    expect(await composerText(p)).toBe('');
    const draft = 'one more thing\nand another line';
    await holdDraft(p, draft);
    expect(await composerText(p)).toBe(draft);
    expect(await plainEnters(p), 'the page saw the held Enter').toBe(4);
    await new Promise((r) => setTimeout(r, 300));
    expect(await sent(p)).toHaveLength(4);
  });

  test('"Send anyway" sends the held draft exactly once', async () => {
    const p = await open(fixture);
    const first = await reachLimit(p);
    await holdDraft(p, 'the fifth\nwith two lines');
    // Older page code reads keyCode/which, not key: the replayed Enter must carry them in Firefox too.
    await p.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __legacy: string[] }).__legacy = seen;
      document.addEventListener('keydown', (e) => seen.push(`${e.type} ${e.key} ${e.keyCode} ${e.which} ${e.isTrusted}`), true);
      document.addEventListener('keypress', (e) => seen.push(`${e.type} ${e.key} ${e.keyCode} ${e.which} ${e.charCode} ${e.isTrusted}`), true);
    });
    await clickCardButton(p, 'Send anyway');
    expect(await waitForSent(p, 5)).toEqual([...first, 'the fifth\nwith two lines']);
    await waitForCardGone(p);
    expect(await composerText(p)).toBe('');
    await new Promise((r) => setTimeout(r, 500));
    expect(await sent(p), 'sent twice').toHaveLength(5);
    // Gecko honours the legacy keyCode/which init members for synthetic events (Firefox 153 checked).
    expect((await p.evaluate(() => (window as unknown as { __legacy: string[] }).__legacy))[0]).toBe('keydown Enter 13 13 false');
  });
});

test('whatsapp: "Keep editing" and Escape send nothing and give the draft back', async () => {
  const p = await open('whatsapp');
  await reachLimit(p);
  await holdDraft(p, 'not yet');
  await clickCardButton(p, 'Keep editing');
  await waitForCardGone(p);
  expect(await composerFocused(p)).toBe(true);
  await p.keyboard.type(', later');
  expect(await composerText(p)).toBe('not yet, later');
  await p.keyboard.press('Enter');
  await waitForCard(p);
  await p.keyboard.press('Escape');
  await waitForCardGone(p);
  expect(await composerFocused(p)).toBe(true);
  await p.keyboard.type('!');
  expect(await composerText(p)).toBe('not yet, later!');
  await new Promise((r) => setTimeout(r, 300));
  expect(await sent(p)).toHaveLength(4);
});

test('textarea: Shift+Enter and Enter on an empty composer are not sends, even at the limit', async () => {
  const p = await open('textarea');
  await reachLimit(p);
  await p.keyboard.press('Enter');
  expect(await cardShownAfter(p), 'card on an empty Enter').toBe(false);
  expect(await plainEnters(p), 'the empty Enter did not reach the page').toBe(5);
  await typeDraft(p, 'first line\nsecond line');
  expect(await cardShownAfter(p), 'card on Shift+Enter').toBe(false);
  expect(await composerText(p)).toBe('first line\nsecond line');
  expect(await sent(p)).toHaveLength(4);
  // The limit was live all along: a real Enter is held.
  await p.keyboard.press('Enter');
  await waitForCard(p);
  expect(await sent(p)).toHaveLength(4);
});

test.each(['whatsapp', 'whatsappNew', 'teams', 'textarea'] as const)('%s: the send button is held, and "Send anyway" sends once', async (fixture) => {
  const p = await open(fixture);
  const first = await reachLimit(p);
  await typeDraft(p, 'by the button');
  await clickSelector(p, FIXTURES[fixture].sendButton);
  await waitForCard(p);
  expect(await sent(p)).toEqual(first);
  expect(await composerText(p)).toBe('by the button');
  await clickCardButton(p, 'Send anyway');
  expect(await waitForSent(p, 5)).toEqual([...first, 'by the button']);
  await waitForCardGone(p);
  await new Promise((r) => setTimeout(r, 500));
  expect(await sent(p), 'sent twice').toHaveLength(5);
});
