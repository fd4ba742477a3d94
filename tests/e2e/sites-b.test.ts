/**
 * The core pause scenarios on every site of the second batch, each at its real host name with
 * the built extension: Google Chat (standalone, and inside Gmail's chat.google.com iframe),
 * Teams (CKEditor 5), LinkedIn (messaging page, and chat bubbles in a shadow root), X (legacy
 * DMs and XChat), Google Messages and Element. Default limit: 4 sends per 60 s, the 5th is held.
 * Everything is read where the chat really lives: a frame, maybe behind a shadow root.
 * Reply-aware fixtures (Teams, LinkedIn, Google Messages) also run the reply scenario.
 */
import type { Frame, Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  CARD_NAME,
  FIXTURES,
  HUMAN_PAUSE_MS,
  type CardButton,
  type FixtureName,
  chatUrl,
  clickAt,
  imeEnter,
  typeDraft,
  useSteady,
} from './harness';

interface Case {
  /** Row name in the report. */
  readonly name: string;
  readonly fixture: FixtureName;
  readonly path: string;
  /** The chat is this iframe's document (Gmail embeds Chat from chat.google.com). */
  readonly frameHost?: string;
  readonly sendButton: string;
  /** Opens another conversation (`1`) or the first one again (`0`); the composer has focus after. */
  switchTo(chat: Frame, which: 0 | 1): Promise<void>;
}

const byName = (names: readonly [string, string], role: 'button' | 'link' | 'tab') =>
  async (chat: Frame, which: 0 | 1): Promise<void> => {
    await chat.getByRole(role, { name: names[which], exact: true }).click();
    await chat.evaluate(() => window.__composer.focus());
  };

/** LinkedIn bubbles: each bubble has its own composer inside #interop-outlet's shadow root. */
async function otherBubble(chat: Frame, which: 0 | 1): Promise<void> {
  await chat.evaluate((i) => {
    const editors = document.querySelector('#interop-outlet')?.shadowRoot?.querySelectorAll<HTMLElement>('[role=textbox]');
    const editor = editors?.[i];
    if (!editor) throw new Error('no bubble composer');
    window.__composer = editor;
    editor.focus();
  }, which);
}

const CASES: readonly Case[] = [
  { name: 'Google Chat', fixture: 'googlechat', path: '/u/0/app/chat/AAAA1', sendButton: 'button[aria-label="Send message"]', switchTo: byName(['Book club', 'Sam Okafor'], 'button') },
  { name: 'Google Chat in Gmail (iframe)', fixture: 'gmail', path: '/mail/u/0/#chat/space/AAAA1', frameHost: 'chat.google.com', sendButton: 'button[aria-label="Send message"]', switchTo: byName(['Book club', 'Sam Okafor'], 'button') },
  { name: 'Teams (CKEditor 5)', fixture: 'teams', path: '/v2/', sendButton: FIXTURES.teams.sendButton, switchTo: byName(['Alex Rivera', 'Sam Okafor'], 'tab') },
  { name: 'Teams, the other toolbar layout (newMessageCommands-send)', fixture: 'teams', path: '/v2/?layout=new', sendButton: '[data-tid="newMessageCommands-send"]:not([name=done])', switchTo: byName(['Alex Rivera', 'Sam Okafor'], 'tab') },
  { name: 'LinkedIn messaging', fixture: 'linkedin', path: '/messaging/thread/2-QUxFWA==/', sendButton: FIXTURES.linkedin.sendButton, switchTo: byName(['Alex Rivera', 'Sam Okafor'], 'link') },
  { name: 'LinkedIn bubble (shadow root)', fixture: 'linkedin', path: '/feed/', sendButton: '.msg-form__send-button', switchTo: otherBubble },
  { name: 'X DMs (legacy)', fixture: 'x', path: '/messages/111-222', sendButton: FIXTURES.x.sendButton, switchTo: byName(['Alex Rivera', 'Sam Okafor'], 'link') },
  { name: 'X Chat', fixture: 'x', path: '/i/chat/1934001', sendButton: '[data-testid="dm-composer-send-button"]', switchTo: byName(['Alex Rivera', 'Sam Okafor'], 'link') },
  { name: 'Google Messages', fixture: 'gmessages', path: '/web/conversations/12', sendButton: FIXTURES.gmessages.sendButton, switchTo: byName(['Alex Rivera', 'Sam Okafor'], 'link') },
  { name: 'Element', fixture: 'element', path: '/#/room/!abc:example.org', sendButton: FIXTURES.element.sendButton, switchTo: byName(['Book club', 'Lobby'], 'link') },
];

const steady = useSteady();
let page: Page;
let chat: Frame;

/** Opens the case's page and returns the frame its chat lives in, composer focused. */
async function open(c: Case): Promise<Frame> {
  page = await steady.newPage();
  await page.goto(chatUrl(FIXTURES[c.fixture].host, c.path));
  let frame = page.mainFrame();
  if (c.frameHost) {
    const host = c.frameHost;
    await expect.poll(() => page.frames().some((f) => new URL(f.url() || 'about:blank').hostname === host), { timeout: 10_000 }).toBe(true);
    frame = page.frames().find((f) => new URL(f.url() || 'about:blank').hostname === host) as Frame;
  }
  await frame.waitForFunction(() => window.__ready === true, undefined, { timeout: 15_000 });
  // A click puts real focus in the composer, into an iframe too.
  await clickAt(frame.locator(':focus, [role=textbox], textarea').first());
  await frame.evaluate(() => window.__composer.focus());
  chat = frame;
  return frame;
}

const sent = (): Promise<string[]> => chat.evaluate(() => window.__sent);
const draft = (): Promise<string> => chat.evaluate(() => window.__draft());
const keys = (): Promise<string[]> => chat.evaluate(() => window.__keys);
/** Is the composer focused, looking through shadow roots? */
const composerFocused = (): Promise<boolean> =>
  chat.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === window.__composer;
  });

const card = (): Locator => chat.getByRole('dialog', { name: CARD_NAME, exact: true });
const cardButton = (name: CardButton): Locator => card().getByRole('button', { name, exact: true });
const waitForCard = (): Promise<void> => card().waitFor({ state: 'visible', timeout: 5_000 });
const waitForCardGone = (): Promise<void> => card().waitFor({ state: 'hidden', timeout: 5_000 });
async function cardShownAfter(ms = 300): Promise<boolean> {
  await page.waitForTimeout(ms);
  return card().isVisible();
}

async function waitForSent(count: number): Promise<string[]> {
  await chat.waitForFunction((n) => window.__sent.length >= n, count, { timeout: 5_000 }).catch(async () => {
    throw new Error(`expected ${count} sent, the page has ${JSON.stringify(await sent())}`);
  });
  return sent();
}

/** Types, sends with `key`, waits until the page really sent it, then pauses like a person. */
async function sendOne(text: string, key = 'Enter'): Promise<void> {
  const before = (await sent()).length;
  await typeDraft(page, text);
  await page.keyboard.press(key);
  await waitForSent(before + 1);
  await page.waitForTimeout(HUMAN_PAUSE_MS);
}

async function reachLimit(prefix = 'msg', key = 'Enter'): Promise<string[]> {
  const start = (await sent()).length;
  const texts = [1, 2, 3, 4].map((i) => `${prefix} ${start + i}`);
  for (const text of texts) await sendOne(text, key);
  expect(await cardShownAfter(), 'card shown below the limit').toBe(false);
  return texts;
}

async function holdDraft(text: string, key = 'Enter'): Promise<void> {
  const before = await sent();
  await typeDraft(page, text);
  await page.keyboard.press(key);
  await waitForCard();
  expect(await sent(), 'a held send reached the page').toEqual(before);
}

describe.each(CASES)('$name', (c) => {
  test('the 5th send is held with the draft intact; "Send anyway" sends it exactly once', async () => {
    await open(c);
    const first = await reachLimit();
    expect(await sent()).toEqual(first);
    await holdDraft('the fifth\nwith two lines');
    expect(await draft()).toBe('the fifth\nwith two lines');
    expect((await keys()).filter((k) => k === 'Enter'), 'the page saw the held Enter').toHaveLength(4);
    await cardButton('Send anyway').click();
    expect(await waitForSent(5)).toEqual([...first, 'the fifth\nwith two lines']);
    await waitForCardGone();
    expect(await draft()).toBe('');
    await page.waitForTimeout(500);
    expect(await sent(), 'sent twice').toHaveLength(5);
  });

  test('Shift+Enter, empty and IME Enter are not sends at the limit; "Keep editing" returns to the draft', async () => {
    await open(c);
    await reachLimit();
    await page.keyboard.press('Enter');
    expect(await cardShownAfter(), 'card on an empty Enter').toBe(false);
    await typeDraft(page, 'first line\nsecond line');
    expect(await cardShownAfter(), 'card on Shift+Enter').toBe(false);
    await imeEnter(page);
    expect(await cardShownAfter(), 'card on an IME Enter').toBe(false);
    expect((await keys()).at(-1), 'the IME Enter did not reach the page').toBe('IME Enter');
    expect(await draft()).toBe('first line\nsecond line');
    expect(await sent()).toHaveLength(4);
    // The limit was live all along: a real Enter is held.
    await page.keyboard.press('Enter');
    await waitForCard();
    await cardButton('Keep editing').click();
    await waitForCardGone();
    expect(await composerFocused()).toBe(true);
    await page.keyboard.type(', later');
    expect(await draft()).toBe('first line\nsecond line, later');
    expect(await sent()).toHaveLength(4);
  });

  test('the send button is held the same way, and "Send anyway" sends once', async () => {
    await open(c);
    const first = await reachLimit();
    await typeDraft(page, 'by the button');
    await clickAt(chat.locator(c.sendButton).first());
    await waitForCard();
    expect(await sent()).toEqual(first);
    expect(await draft()).toBe('by the button');
    await cardButton('Send anyway').click();
    expect(await waitForSent(5)).toEqual([...first, 'by the button']);
    await page.waitForTimeout(500);
    expect(await sent(), 'sent twice').toHaveLength(5);
  });

  test('another conversation has its own count; the first still holds its 5th', async () => {
    await open(c);
    await reachLimit();
    await c.switchTo(chat, 1);
    await reachLimit('other');
    expect(await sent()).toHaveLength(8);
    await c.switchTo(chat, 0);
    await holdDraft('back to the first');
    expect(await sent()).toHaveLength(8);
  });
});

test('LinkedIn "Click Send": Enter is a line break and never counts; the button sends and is held at the limit', async () => {
  const bubble = CASES.find((c) => c.name.startsWith('LinkedIn bubble')) as Case;
  await open(bubble);
  const toggle = chat.locator('#interop-outlet .msg-form__send-toggle').first();
  await toggle.click();
  expect(await toggle.innerText()).toBe('Click Send');
  await chat.evaluate(() => window.__composer.focus());
  const button = chat.locator('#interop-outlet .msg-form__send-button').first();
  for (let i = 1; i <= 4; i++) {
    // A line break first: judged as an intent, but the box does not empty, so it is not counted.
    await typeDraft(page, `line ${i}`);
    await page.keyboard.press('Enter');
    await typeDraft(page, 'more');
    await clickAt(button);
    await waitForSent(i);
    await page.waitForTimeout(HUMAN_PAUSE_MS);
  }
  expect(await sent()).toEqual([1, 2, 3, 4].map((i) => `line ${i}\nmore`));
  expect(await cardShownAfter(), 'line breaks were counted as sends').toBe(false);
  await typeDraft(page, 'fifth');
  await clickAt(button);
  await waitForCard();
  await cardButton('Send anyway').click();
  expect((await waitForSent(5)).at(-1)).toBe('fifth');
});

test('Element "Ctrl + Enter to send": Enter line breaks are not counted; the 5th Ctrl+Enter is held and sent once', async () => {
  const element = CASES.find((c) => c.fixture === 'element') as Case;
  await open(element);
  await chat.getByLabel('Use Ctrl + Enter to send a message').check();
  await chat.evaluate(() => window.__composer.focus());
  for (let i = 1; i <= 4; i++) {
    await typeDraft(page, `line ${i}`);
    await page.keyboard.press('Enter');
    await sendOne('more', 'Control+Enter');
  }
  expect(await sent()).toEqual([1, 2, 3, 4].map((i) => `line ${i}\nmore`));
  expect(await cardShownAfter(), 'line breaks were counted as sends').toBe(false);
  await holdDraft('fifth', 'Control+Enter');
  await cardButton('Send anyway').click();
  expect(await waitForSent(5)).toHaveLength(5);
  expect((await sent()).at(-1)).toBe('fifth');
  await page.waitForTimeout(500);
  expect(await sent(), 'sent twice').toHaveLength(5);
});

describe.each(CASES.filter((c) => FIXTURES[c.fixture].replies))('$name: a reply starts the count afresh', (c) => {
  test('after their reply the 5th send goes out; our own rows are never taken for theirs', async () => {
    await open(c);
    const first = await reachLimit();
    await chat.evaluate(() => window.__receive());
    const after = await reachLimit('after their reply');
    expect(await sent()).toEqual([...first, ...after]);
    await holdDraft('one too many');
    expect(await sent()).toHaveLength(8);
  });
});

describe('Teams: edits and Ctrl+Enter', () => {
  const teamsCase = CASES.find((c) => c.fixture === 'teams') as Case;
  const edits = (): Promise<string[]> => chat.evaluate(() => window.__edits);

  /** Opens the inline edit box of our `n`th message, puts the caret at its end and types `more`. */
  async function editMessage(n: number, more: string): Promise<void> {
    await chat.getByRole('button', { name: 'Edit', exact: true }).nth(n).click();
    const box = chat.locator('[id^="edit-message-"][contenteditable=true]');
    await box.waitFor();
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('End');
    await page.keyboard.type(more);
  }

  test('editing old messages (Enter or "Done") is never counted and never held', async () => {
    await open(teamsCase);
    await sendOne('msg 1');
    await sendOne('msg 2');
    await sendOne('msg 3');
    await editMessage(0, ' (edited)');
    await page.keyboard.press('Enter');
    await expect.poll(edits).toEqual(['msg 1 (edited)']);
    await editMessage(1, ' (fixed)');
    await clickAt(chat.locator('[data-tid="newMessageCommands-send"][name=done]'));
    await expect.poll(edits).toEqual(['msg 1 (edited)', 'msg 2 (fixed)']);
    await chat.evaluate(() => window.__composer.focus());
    await sendOne('msg 4');
    expect(await cardShownAfter(), 'an edit was counted as a send').toBe(false);
    // At the limit now: an edit still goes straight through, a new message is held.
    await editMessage(2, ' (again)');
    await page.keyboard.press('Enter');
    await expect.poll(edits).toHaveLength(3);
    expect(await cardShownAfter(), 'an edit was held').toBe(false);
    await chat.evaluate(() => window.__composer.focus());
    await holdDraft('the fifth');
    expect(await sent()).toEqual(['msg 1', 'msg 2', 'msg 3', 'msg 4']);
  });

  test('Ctrl+Enter sends, is counted, and is held at the limit; "Send anyway" sends once', async () => {
    await open(teamsCase);
    const first = await reachLimit('ctrl', 'Control+Enter');
    await holdDraft('by ctrl', 'Control+Enter');
    await cardButton('Send anyway').click();
    expect(await waitForSent(5)).toEqual([...first, 'by ctrl']);
    await page.waitForTimeout(500);
    expect(await sent(), 'sent twice').toHaveLength(5);
  });
});
