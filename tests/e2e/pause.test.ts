/**
 * The pause itself, in real Chromium with the built extension, on each fixture chat: which
 * sends are held, what the card offers, and what the page really receives after each choice.
 * Default limit: 4 sends per 60 s, the 5th is held.
 */
import type { Locator, Page } from 'playwright-core';
import { FIXTURE_NAMES } from '../fixtures/catalog';
import { describe, expect, test } from 'vitest';
import { CARD_NAME, FIXTURES, type FixtureName, type OpenOptions, afterTheirReply, card, cardButton, cardShownAfter, clickAt, composerFocused, composerText, goTo, imeEnter, keysSeen, receive, sendMessages, sent, setSettings, typeDraft, useSteady, waitForCard, waitForCardGone, waitForSent } from './harness';

const ALL = FIXTURE_NAMES;
/** Sites whose adapter resets the count when the other person replies. */
const REPLY_AWARE = ALL.filter((fixture) => FIXTURES[fixture].replies);
/** The card's own behaviour (time left, hostile page CSS) does not depend on the editor: checked on fewer pages to keep the suite quick. */
const CARD_CHECKS = new Set<FixtureName>(['whatsapp', 'slack', 'textarea']);
/** Fixtures with two distinct conversations to switch between. */
const MULTI = ALL.filter((fixture) => JSON.stringify(FIXTURES[fixture].conversations[0]) !== JSON.stringify(FIXTURES[fixture].conversations[1]));

// "Send anyway" is usable at once (useSteady's default); one test below keeps the breath.
const steady = useSteady();
let page: Page;

async function open(fixture: FixtureName, options: Omit<OpenOptions, 'page'> = {}): Promise<Page> {
  page = await steady.openChat(fixture, options);
  return page;
}

/** Four sends, all through, no card: the next one is over the limit. */
async function reachLimit(): Promise<string[]> {
  const texts = await sendMessages(page, 4);
  expect(await cardShownAfter(page), 'card shown below the limit').toBe(false);
  expect(await sent(page)).toEqual(texts);
  return texts;
}

/** Types a draft, presses Enter and expects the card instead of a send. */
async function holdDraft(draft: string): Promise<Locator> {
  const before = await sent(page);
  await typeDraft(page, draft);
  expect(await card(page).isVisible(), 'card before the send').toBe(false);
  await page.keyboard.press('Enter');
  const dialog = await waitForCard(page);
  expect(await sent(page), 'a held send reached the page').toEqual(before);
  return dialog;
}

const plainEnters = async (): Promise<number> => (await keysSeen(page)).filter((key) => key === 'Enter').length;

/** Checks about the card rather than the editor run on a few pages only, and are not listed as skipped elsewhere. */
function cardTest(fixture: FixtureName, name: string, body: () => Promise<void>): void {
  if (CARD_CHECKS.has(fixture)) test(name, body);
}

describe.each(ALL)('%s', (fixture) => {
  cardTest(fixture, 'below the limit nothing is held', async () => {
    await open(fixture);
    await reachLimit();
    expect(await composerText(page)).toBe('');
  });

  test('the 5th send is held; the draft stays exactly as typed, line breaks included', async () => {
    await open(fixture);
    await reachLimit();
    const draft = 'one more thing\nand another line';
    await holdDraft(draft);
    expect(await sent(page)).toHaveLength(4);
    expect(await composerText(page)).toBe(draft);
    // The page never saw the fifth Enter.
    expect(await plainEnters()).toBe(4);
    await page.waitForTimeout(300);
    expect(await sent(page)).toHaveLength(4);
  });

  test('"Send anyway" sends the held draft exactly once', async () => {
    await open(fixture);
    const first = await reachLimit();
    const draft = 'the fifth\nwith two lines';
    await holdDraft(draft);
    await cardButton(page, 'Send anyway').click();
    expect(await waitForSent(page, 5)).toEqual([...first, draft]);
    await waitForCardGone(page);
    expect(await composerText(page)).toBe('');
    await page.waitForTimeout(500);
    expect(await sent(page), 'sent twice').toEqual([...first, draft]);
    // Sending anyway starts a fresh window: the next message goes straight out.
    await sendMessages(page, 1);
    expect(await card(page).isVisible()).toBe(false);
    expect(await sent(page)).toHaveLength(6);
  });

  test('"Keep editing" sends nothing and puts the caret back at the end of the draft', async () => {
    await open(fixture);
    await reachLimit();
    await holdDraft('not yet');
    await cardButton(page, 'Keep editing').click();
    await waitForCardGone(page);
    expect(await sent(page)).toHaveLength(4);
    expect(await composerFocused(page)).toBe(true);
    await page.keyboard.type(', later');
    expect(await composerText(page)).toBe('not yet, later');
    expect(await sent(page)).toHaveLength(4);
  });

  test('Escape is "Keep editing"', async () => {
    await open(fixture);
    await reachLimit();
    await holdDraft('escape me');
    await page.keyboard.press('Escape');
    await waitForCardGone(page);
    expect(await sent(page)).toHaveLength(4);
    expect(await composerFocused(page)).toBe(true);
    await page.keyboard.type('!');
    expect(await composerText(page)).toBe('escape me!');
  });

  cardTest(fixture, '"Wait 10 minutes" keeps the draft, and the next send brings the card back with the time left', async () => {
    await open(fixture);
    await reachLimit();
    await holdDraft('after a while');
    await cardButton(page, 'Wait 10 minutes').click();
    await waitForCardGone(page);
    expect(await composerText(page)).toBe('after a while');
    expect(await sent(page)).toHaveLength(4);
    await page.evaluate(() => window.__composer.focus());
    await page.keyboard.press('Enter');
    const dialog = await waitForCard(page);
    expect(await dialog.innerText()).toMatch(/left/i);
    expect(await sent(page)).toHaveLength(4);
    expect(await composerText(page)).toBe('after a while');
  });

  test('Shift+Enter, Enter on an empty composer and IME Enter are not sends, even at the limit', async () => {
    await open(fixture);
    await reachLimit();
    await page.keyboard.press('Enter');
    expect(await cardShownAfter(page), 'card on an empty Enter').toBe(false);
    expect(await plainEnters(), 'the empty Enter did not reach the page').toBe(5);

    await typeDraft(page, 'first line\nsecond line');
    expect(await cardShownAfter(page), 'card on Shift+Enter').toBe(false);
    expect(await composerText(page)).toBe('first line\nsecond line');

    await imeEnter(page);
    expect(await cardShownAfter(page), 'card on an IME Enter').toBe(false);
    expect((await keysSeen(page)).at(-1), 'the IME Enter did not reach the page').toBe('IME Enter');
    expect(await composerText(page)).toBe('first line\nsecond line');
    expect(await sent(page)).toHaveLength(4);

    // The limit was live all along: a real Enter is held.
    await page.keyboard.press('Enter');
    await waitForCard(page);
    expect(await sent(page)).toHaveLength(4);
  });

  test('the send button is held the same way, and "Send anyway" sends once', async () => {
    await open(fixture);
    const first = await reachLimit();
    await typeDraft(page, 'by the button');
    await clickAt(page.locator(FIXTURES[fixture].sendButton));
    await waitForCard(page);
    expect(await sent(page)).toEqual(first);
    expect(await composerText(page)).toBe('by the button');
    await cardButton(page, 'Send anyway').click();
    expect(await waitForSent(page, 5)).toEqual([...first, 'by the button']);
    await waitForCardGone(page);
    await page.waitForTimeout(500);
    expect(await sent(page), 'sent twice').toHaveLength(5);
  });

  cardTest(fixture, 'on a hostile page the card stays readable and clickable', async () => {
    await open(fixture, { hostile: true });
    await reachLimit();
    const dialog = await holdDraft('through the noise');
    const title = dialog.getByText(CARD_NAME, { exact: true });
    expect(await title.isVisible()).toBe(true);
    const style = await title.evaluate((el) => {
      const s = getComputedStyle(el);
      return { fontSize: parseFloat(s.fontSize), color: s.color, lineHeight: s.lineHeight, height: el.getBoundingClientRect().height };
    });
    expect(style.fontSize).toBeGreaterThanOrEqual(12);
    expect(style.color).not.toMatch(/transparent|rgba\(.*,\s*0\)$/);
    expect(style.height).toBeGreaterThanOrEqual(style.fontSize);
    // Playwright clicks only what is really on top at that point: the page's overlay would take it.
    await cardButton(page, 'Keep editing').click({ timeout: 3_000 });
    await waitForCardGone(page);
    expect(await composerFocused(page)).toBe(true);
    expect(await composerText(page)).toBe('through the noise');
    expect(await sent(page)).toHaveLength(4);
  });
});

test('"Send anyway" waits out the breath: disabled first, then enabled', async () => {
  await setSettings(steady, { breathSeconds: 3 });
  await open('whatsapp');
  const first = await reachLimit();
  await holdDraft('after a breath');
  const sendAnyway = cardButton(page, 'Send anyway');
  const shownAt = Date.now();
  expect(await sendAnyway.isDisabled()).toBe(true);
  await expect.poll(() => sendAnyway.isEnabled(), { timeout: 6_000, interval: 100 }).toBe(true);
  expect(Date.now() - shownAt).toBeGreaterThanOrEqual(1_500);
  expect(await sent(page)).toEqual(first);
  await sendAnyway.click();
  expect(await waitForSent(page, 5)).toEqual([...first, 'after a breath']);
});

test('textarea: Enter that picks a mention is never held', async () => {
  await open('textarea');
  await reachLimit();
  await typeDraft(page, 'ask @');
  expect(await page.getByRole('listbox').isVisible()).toBe(true);
  await page.keyboard.press('Enter');
  expect(await cardShownAfter(page), 'card on a mention pick').toBe(false);
  expect(await composerText(page)).toBe('ask @Sam ');
  expect(await sent(page)).toHaveLength(4);
  await page.keyboard.press('Enter');
  await waitForCard(page);
  expect(await sent(page)).toHaveLength(4);
});

test('textarea: form.requestSubmit() from the page is held like the button', async () => {
  await open('textarea');
  const first = await reachLimit();
  // Steady treats a submit within 1 s of a passed Enter as part of that Enter; a person takes longer to write the next one.
  await page.waitForTimeout(1_100);
  await typeDraft(page, 'submitted');
  await page.evaluate(() => document.querySelector('form')?.requestSubmit());
  await waitForCard(page);
  expect(await sent(page)).toEqual(first);
  await cardButton(page, 'Send anyway').click();
  expect(await waitForSent(page, 5)).toEqual([...first, 'submitted']);
  await page.waitForTimeout(300);
  expect(await sent(page)).toHaveLength(5);
});

test('whatsapp: Enter in the chat-list search is never held', async () => {
  await open('whatsapp');
  await reachLimit();
  await page.locator('#side [data-tab="3"]').focus();
  await page.keyboard.type('sam');
  await page.keyboard.press('Enter');
  expect(await cardShownAfter(page), 'card on a search Enter').toBe(false);
  await expect.poll(() => page.locator('#main header span[title]').getAttribute('title')).toBe('Sam Okafor');
  expect(await sent(page)).toHaveLength(4);
});

describe.each(MULTI)('%s: conversations are counted apart', (fixture) => {
  test('another conversation has its own count; the first still holds its 5th', async () => {
    const [first, other] = FIXTURES[fixture].conversations;
    await open(fixture);
    await reachLimit();
    await goTo(page, fixture, other);
    await sendMessages(page, 4, 'other');
    expect(await cardShownAfter(page), 'sends in the other conversation were held').toBe(false);
    await goTo(page, fixture, first);
    await holdDraft('back again');
  });
});

describe.each(REPLY_AWARE)('%s: a reply starts the count afresh', (fixture) => {
  test('after their reply the 5th send goes out, and counting starts again from there', async () => {
    await open(fixture);
    const first = await reachLimit();
    await afterTheirReply(page, first);
    // Our own messages are never taken for theirs: the next one is the 5th since the reply.
    await holdDraft('one too many');
    expect(await sent(page)).toHaveLength(8);
  });
});

describe.each(['whatsapp', 'discord'] as const)('%s: "Reset the count when they reply" switched off', (fixture) => {
  test('a reply changes nothing: the 5th is held', async () => {
    await setSettings(steady, { breathSeconds: 0, resetOnReply: false });
    await open(fixture);
    await reachLimit();
    await receive(page);
    await holdDraft('still too fast');
    expect(await sent(page)).toHaveLength(4);
  });
});
