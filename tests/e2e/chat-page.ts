/**
 * What both browser suites do on a fixture chat page, written once: Chromium's Page (playwright-core)
 * and Firefox's Page (puppeteer-core) both fit `ChatPage`, so tests/e2e/harness.ts and
 * tests/e2e-firefox/harness.ts re-export these instead of keeping copies. Only argument-free
 * evaluate() and the keyboard are used, the part of the two APIs that agrees.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type {} from '../fixtures/shared/page';

export interface ChatPage {
  evaluate<R>(fn: () => R): Promise<R>;
  keyboard: {
    type(text: string): Promise<void>;
    press(key: string): Promise<void>;
    down(key: string): Promise<void>;
    up(key: string): Promise<void>;
  };
}

export const CARD_NAME = 'Have they proven reliable?';

/**
 * The pause between one send and typing the next. Steady counts a send when it sees the composer
 * empty shortly after it (its first look is one timer tick later); a script typing the next
 * message within that tick is faster than any person and would hide the send.
 */
export const HUMAN_PAUSE_MS = 120;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** What the page really sent, in order. */
export const sent = (page: ChatPage): Promise<string[]> => page.evaluate(() => [...window.__sent]);
/** The text the page would send now, from its own model (Lexical state, textarea value, editor text). */
export const composerText = (page: ChatPage): Promise<string> => page.evaluate(() => window.__draft());
/** Enter keydowns that reached the page's own listeners. */
export const keysSeen = (page: ChatPage): Promise<string[]> => page.evaluate(() => [...window.__keys]);
export const composerFocused = (page: ChatPage): Promise<boolean> => page.evaluate(() => document.activeElement === window.__composer);

/** Types a draft; "\n" becomes Shift+Enter, as a person types a line break. */
export async function typeDraft(page: ChatPage, draft: string): Promise<void> {
  for (const [i, line] of draft.split('\n').entries()) {
    if (i > 0) {
      await page.keyboard.down('Shift');
      await page.keyboard.press('Enter');
      await page.keyboard.up('Shift');
    }
    if (line) await page.keyboard.type(line);
  }
}

/** Waits until the page has sent `count` messages in all. */
export async function waitForSent(page: ChatPage, count: number, timeout = 5_000): Promise<string[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const now = await sent(page);
    if (now.length >= count) return now;
    if (Date.now() > deadline) throw new Error(`expected ${count} sent, the page has ${JSON.stringify(now)}`);
    await pause(25);
  }
}

/** Types `text`, presses `key` (a site may send on Ctrl+Enter), waits until the page really sent it, then pauses like a person. */
export async function sendMessage(page: ChatPage, text: string, key: 'Enter' | 'Control+Enter' = 'Enter'): Promise<void> {
  const before = (await sent(page)).length;
  await typeDraft(page, text);
  await page.keyboard.press(key);
  await waitForSent(page, before + 1);
  await pause(HUMAN_PAUSE_MS);
}

/** Sends `count` messages "msg 1", "msg 2", ... (numbering continues from what the page already sent). */
export async function sendMessages(page: ChatPage, count: number, prefix = 'msg'): Promise<string[]> {
  const texts: string[] = [];
  const start = (await sent(page)).length;
  for (let i = 1; i <= count; i++) {
    const text = `${prefix} ${start + i}`;
    await sendMessage(page, text);
    texts.push(text);
  }
  return texts;
}

/** The other person writes (the fixture appends an incoming row as its site does). */
export const receive = (page: ChatPage): Promise<void> => page.evaluate(() => window.__receive());

/** Puts focus back in the page's composer. */
export const focusComposer = (page: ChatPage): Promise<void> => page.evaluate(() => window.__composer.focus());

/** Types `text`, moves focus out of every text field (to the body), and presses Enter there. */
export async function enterOutsideField(page: ChatPage, text: string): Promise<void> {
  await typeDraft(page, text);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await page.keyboard.press('Enter');
}

/** How a browser suite sees the card: waits for it, and tells whether one showed up. */
export interface CardWatch<P> {
  waitForCard(page: P): Promise<unknown>;
  cardShownAfter(page: P): Promise<boolean>;
}

/** The steps to the card, written once for both suites on top of their own way of seeing it. */
export function cardSteps<P extends ChatPage>(watch: CardWatch<P>) {
  return {
    /** Four sends (`prefix 1`, …), all through, no card: the next one is over the limit. */
    async reachLimit(page: P, prefix = 'msg'): Promise<string[]> {
      const texts = await sendMessages(page, 4, prefix);
      expect(await watch.cardShownAfter(page), 'card shown below the limit').toBe(false);
      return texts;
    },
    /** They reply: four more sends (after `before`) go through with no card. Returns the four. */
    async afterTheirReply(page: P, before: string[]): Promise<string[]> {
      await receive(page);
      const after = await sendMessages(page, 4, 'after their reply');
      expect(await watch.cardShownAfter(page), 'a send after their reply was held').toBe(false);
      expect(await sent(page)).toEqual([...before, ...after]);
      return after;
    },
    /** Types a draft, presses Enter and expects the card instead of a send. */
    async holdDraft(page: P, draft: string): Promise<void> {
      const before = await sent(page);
      await typeDraft(page, draft);
      await page.keyboard.press('Enter');
      await watch.waitForCard(page);
      expect(await sent(page), 'a held send reached the page').toEqual(before);
    },
  };
}

/** What a browser suite gives fileHooks(): its own launch, state reset, settings and error watch. */
export interface FileDriver<S, P, Patch> {
  launch(): Promise<S>;
  resetState(steady: S): Promise<void>;
  setSettings(steady: S, patch: Patch): Promise<unknown>;
  watchErrors(page: P): string[];
  /** Cleans up after the browser closed for good (e.g. a kept profile). */
  dispose?(): void;
}

export interface FileHooks<S, P> {
  /** The launched browser; throws outside tests and hooks. */
  steady(): S;
  /** Closes `page` after the test and fails the test on its errors. */
  track(page: P): P;
  /** Closes the browser and launches it again (the driver decides on which profile). */
  relaunch(): Promise<S>;
}

/**
 * Installs one test file's hooks for a browser with Steady: launched once, its state reset and
 * `settings` stored before each test (default: no breath before "Send anyway"; `null`: the
 * defaults), pages given to `track` closed after each test, and the test failed on their page
 * errors. Both suites' `useSteady()` are this with their own browser.
 */
export function fileHooks<S extends { close(): Promise<void> }, P extends { close(): Promise<unknown> }, Patch extends object>(
  driver: FileDriver<S, P, Patch>,
  settings: Patch | null = { breathSeconds: 0 } as Patch,
): FileHooks<S, P> {
  let current: S | undefined;
  const pages: P[] = [];
  const errors: string[][] = [];
  const steady = (): S => {
    if (current === undefined) throw new Error('useSteady(): the browser is launched in beforeAll; use it inside tests and hooks');
    return current;
  };
  beforeAll(async () => {
    current = await driver.launch();
  });
  afterAll(async () => {
    await current?.close();
    driver.dispose?.();
  });
  beforeEach(async () => {
    await driver.resetState(steady());
    if (settings) await driver.setSettings(steady(), settings);
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((page) => page.close().catch(() => {})));
    expect(errors.splice(0).flat(), 'page errors').toEqual([]);
  });
  return {
    steady,
    track(page) {
      pages.push(page);
      errors.push(driver.watchErrors(page));
      return page;
    },
    async relaunch() {
      await steady().close();
      current = undefined;
      current = await driver.launch();
      return current;
    },
  };
}
