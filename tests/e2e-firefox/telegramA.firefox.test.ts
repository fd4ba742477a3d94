/**
 * Telegram Web A (the Tiptap composer of telegram-tt) in real Firefox ESR with dist/firefox: the
 * 5th send is held with the draft intact, "Send anyway" sends it once, and an Enter pressed with
 * focus outside any text field (telegram-tt's page-level send) is held the same way.
 * Default limit: 4 sends per 60 s.
 */
import type { Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { clickCardButton, composerText, enterOutsideField, reachLimit as reachIn, sent, typeDraft, useSteady, waitForCard, waitForCardGone, waitForSent } from './harness';

const steady = useSteady();

function open(): Promise<Page> {
  return steady.openChat('telegramA');
}

async function reachLimit(p: Page): Promise<string[]> {
  const texts = await reachIn(p);
  expect(await sent(p)).toEqual(texts);
  return texts;
}

test('the 5th send is held with the draft intact; "Send anyway" sends it exactly once', async () => {
  const p = await open();
  const first = await reachLimit(p);
  const draft = 'the fifth\nwith two lines';
  await typeDraft(p, draft);
  await p.keyboard.press('Enter');
  await waitForCard(p);
  expect(await sent(p), 'a held send reached the page').toEqual(first);
  expect(await composerText(p)).toBe(draft);
  await clickCardButton(p, 'Send anyway');
  expect(await waitForSent(p, 5)).toEqual([...first, draft]);
  await waitForCardGone(p);
  expect(await composerText(p)).toBe('');
  await new Promise((r) => setTimeout(r, 500));
  expect(await sent(p), 'sent twice').toHaveLength(5);
});

test('Enter with focus outside any text field is held at the limit, and "Send anyway" sends the draft once', async () => {
  const p = await open();
  const first = await reachLimit(p);
  await enterOutsideField(p, 'from outside');
  await waitForCard(p);
  expect(await sent(p), 'a held send reached the page').toEqual(first);
  await clickCardButton(p, 'Send anyway');
  expect(await waitForSent(p, 5)).toEqual([...first, 'from outside']);
  await new Promise((r) => setTimeout(r, 500));
  expect(await sent(p), 'sent twice').toHaveLength(5);
});
