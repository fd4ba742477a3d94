/**
 * Real Firefox ESR with the built extension (dist/firefox), driven by puppeteer-core over WebDriver
 * BiDi, pointed at the same local fixture pages as the Chromium suite. Recipe: /work/shared/browsers.md.
 * One browser per test file, a new tab per test.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { inject } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../../src/core/settings';
import { FIXTURE_HOSTS, type FixtureName } from '../fixtures/catalog';
// Same pages, same selectors as the Chromium suite.
import { FIXTURES, type SettingsPatch } from '../e2e/harness';
// The page steps are the Chromium suite's, written once for both browsers.
import { CARD_NAME, cardSteps, composerText, fileHooks, sent } from '../e2e/chat-page';

export { CARD_NAME, composerFocused, composerText, enterOutsideField, focusComposer, keysSeen, receive, sendMessages, sent, typeDraft, waitForSent } from '../e2e/chat-page';

export { FIXTURES };

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const EXTENSION_DIR = process.env.STEADY_FIREFOX_DIR ?? join(ROOT, 'dist', 'firefox');
/** build/manifest.mjs GECKO_ID; a fixed moz-extension:// origin makes the extension pages reachable. */
const GECKO_ID = 'steady@steady-extension.org';
export const EXTENSION_UUID = '5e4d1a70-57ea-4d1e-9a5e-000000000004';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export function chatUrl(fixture: FixtureName, path?: string): string {
  const { host, path: defaultPath } = FIXTURES[fixture];
  return `https://${host}:${inject('fixturePort')}${path ?? defaultPath}`;
}

// The extension API as seen from an extension page, for the storage helpers below.
interface StorageArea {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  clear(): Promise<void>;
}
interface Origins {
  origins: string[];
}
declare const browser: {
  storage: { sync: StorageArea; local: StorageArea; session: StorageArea };
  runtime: { reload(): void };
  permissions: { remove(p: Origins): Promise<boolean>; contains(p: Origins): Promise<boolean> };
  action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> };
};

export interface Steady {
  readonly browser: Browser;
  readonly extensionId: string;
  /** An extension page kept open: the tests reach storage through it. Replaced after a reload. */
  control: Page;
  close(): Promise<void>;
}

async function until<T>(check: () => Promise<T | undefined | false>, what: string, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
}

/**
 * Opens an extension page. page.goto() of a moz-extension:// URL may never resolve in Firefox
 * although the page loads, so it is started without waiting and the page is polled instead.
 */
export async function openExtensionPage(steady: Pick<Steady, 'browser'>, path: string, page?: Page): Promise<Page> {
  const tab = page ?? (await steady.browser.newPage());
  const url = `${EXTENSION_ORIGIN}/${path}`;
  void tab.goto(url).catch(() => {});
  // tab.url() stays about:blank here: ask the page itself.
  await until(
    () => tab.evaluate((u: string) => location.href.startsWith(u) && document.readyState === 'complete' && typeof browser !== 'undefined', url),
    `${url} to load`,
  );
  return tab;
}

export async function launchSteady(): Promise<Steady> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`${join(EXTENSION_DIR, 'manifest.json')} is missing: run \`npm run build\` first.`);
  }
  if (!existsSync(FIREFOX)) throw new Error(`no Firefox at ${FIREFOX} (Debian: apt-get install -y firefox-esr, or set FIREFOX_PATH)`);
  const ff = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    // Lets the tests open moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // The real chat host names resolve to the local fixture server, so the real manifest applies.
      'network.dns.localDomains': FIXTURE_HOSTS.join(','),
      // permissions.request() grants at once instead of showing a prompt headless Firefox cannot answer.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  try {
    const extensionId = await ff.installExtension(EXTENSION_DIR);
    // An extension page kept open for storage and permission calls (the welcome tab that install opens is left alone).
    const control = await openExtensionPage({ browser: ff }, 'options.html');
    return {
      browser: ff,
      extensionId,
      control,
      async close() {
        await ff.close().catch(() => {});
      },
    };
  } catch (error) {
    await ff.close().catch(() => {});
    throw error;
  }
}

/** Reloads the extension as a temporary add-on may (its pages close with it), then reopens the control page. */
export async function reloadExtension(steady: Steady): Promise<void> {
  const old = steady.control;
  // The page dies mid-call, so this evaluate may never answer.
  void old.evaluate(() => browser.runtime.reload()).catch(() => {});
  await until(async () => old.isClosed() || !(await old.evaluate(() => typeof browser !== 'undefined').catch(() => false)), 'the old extension page to close');
  steady.control = await openExtensionPage(steady, 'options.html');
}

/** Takes a site's access away, as a person can in Firefox's extension menu. */
export async function withdrawHost(steady: Steady, origin: string): Promise<boolean> {
  return steady.control.evaluate((o: string) => browser.permissions.remove({ origins: [o] }), origin);
}

export async function hasHost(steady: Steady, origin: string): Promise<boolean> {
  return steady.control.evaluate((o: string) => browser.permissions.contains({ origins: [o] }), origin);
}

/** The toolbar button as a person sees it: its badge and its tooltip. */
export async function toolbar(steady: Steady): Promise<{ badge: string; title: string }> {
  return steady.control.evaluate(async () => ({ badge: await browser.action.getBadgeText({}), title: await browser.action.getTitle({}) }));
}

/** Stores settings as the options page would: the defaults with `partial` on top. */
export async function setSettings(steady: Steady, partial: SettingsPatch): Promise<void> {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...partial, sites: { ...DEFAULT_SETTINGS.sites, ...partial.sites } };
  await steady.control.evaluate((key, value) => browser.storage.sync.set({ [key]: value }), SETTINGS_KEY, settings);
}

export async function storedLimit(steady: Steady): Promise<number | undefined> {
  return steady.control.evaluate(async (key) => ((await browser.storage.sync.get(key))[key] as { limit?: number } | undefined)?.limit, SETTINGS_KEY);
}

/** Forgets settings, tallies, cooldowns, learned send keys, streaks and day counts. Call with no chat page open. */
export async function resetState(steady: Steady): Promise<void> {
  await steady.control.evaluate(() => Promise.all([browser.storage.sync.clear(), browser.storage.local.clear(), browser.storage.session.clear()]));
}

/** Opens a fixture chat page, waits until its composer is live, and focuses it. */
export async function openChat(steady: Steady, fixture: FixtureName, page?: Page): Promise<Page> {
  const tab = page ?? (await steady.browser.newPage());
  await tab.goto(chatUrl(fixture));
  await tab.waitForFunction(() => window.__ready === true, { timeout: 10_000 });
  await tab.evaluate(() => window.__composer.focus());
  return tab;
}

/** The open card's title and button labels, or null: read from its shadow root as the user sees it. */
export function cardState(page: Page): Promise<{ title: string; buttons: { name: string; disabled: boolean }[] } | null> {
  return page.evaluate(() => {
    const dialog = document.querySelector('steady-pause')?.shadowRoot?.querySelector('dialog');
    if (!dialog?.open) return null;
    const rect = dialog.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return null;
    const labelled = dialog.getAttribute('aria-labelledby');
    const title = (labelled && dialog.querySelector(`#${labelled}`)?.textContent) || '';
    const buttons = [...dialog.querySelectorAll('button')].map((b) => ({ name: (b.textContent ?? '').trim(), disabled: b.disabled }));
    return { title, buttons };
  });
}

export async function waitForCard(page: Page, timeout = 5_000): Promise<void> {
  await until(async () => (await cardState(page))?.title === CARD_NAME, 'the pause card', timeout).catch(async (error: unknown) => {
    throw new Error(`${String(error)}; sent ${JSON.stringify(await sent(page))}, draft ${JSON.stringify(await composerText(page))}`);
  });
}

export async function waitForCardGone(page: Page, timeout = 5_000): Promise<void> {
  await until(async () => (await cardState(page)) === null, 'the card to close', timeout);
}

/** Gives a wrongly opening card time to show up, then reports whether one is there. */
export async function cardShownAfter(page: Page, settleMs = 300): Promise<boolean> {
  await new Promise((r) => setTimeout(r, settleMs));
  return (await cardState(page)) !== null;
}

/** Four sends without a card (`reachLimit`), a draft held by the card (`holdDraft`), sends let through after their reply. */
export const { reachLimit, holdDraft, afterTheirReply } = cardSteps<Page>({ waitForCard, cardShownAfter });

/** A real (trusted) mouse click in the middle of an element found by `locate` in the page. */
async function clickBox(page: Page, box: { x: number; y: number; width: number; height: number } | null, what: string): Promise<void> {
  if (!box) throw new Error(`cannot click ${what}: not on screen`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

export async function clickCardButton(page: Page, name: string): Promise<void> {
  await until(async () => (await cardState(page))?.buttons.some((b) => b.name === name && !b.disabled), `"${name}" enabled`);
  const box = await page.evaluate((label: string) => {
    const buttons = document.querySelector('steady-pause')?.shadowRoot?.querySelectorAll('dialog button') ?? [];
    const button = [...buttons].find((b) => (b.textContent ?? '').trim() === label);
    // As a person (and Playwright) would: a button below the fold of a tall card is scrolled to first.
    button?.scrollIntoView({ block: 'nearest' });
    const r = button?.getBoundingClientRect();
    return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
  }, name);
  await clickBox(page, box, `the card's "${name}"`);
}

export async function clickSelector(page: Page, selector: string): Promise<void> {
  const box = await page.evaluate((s: string) => {
    const r = document.querySelector(s)?.getBoundingClientRect();
    return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
  }, selector);
  await clickBox(page, box, selector);
}

/** Collects uncaught page errors and console errors from the moment it is called. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/**
 * Steady in Firefox for one test file, through the file's hooks, as in the Chromium suite: launched
 * once, state reset and `settings` stored before each test (default: no breath before "Send
 * anyway"), tracked pages closed after each test, and a test failed on their page errors.
 */
export interface SteadyFile extends Steady {
  /** A new tab, closed after the test, its errors watched. */
  newPage(): Promise<Page>;
  /** A fixture chat in a new watched tab, composer focused. */
  openChat(fixture: FixtureName): Promise<Page>;
  /** Closes `page` after the test and fails the test on its errors. */
  track(page: Page): Page;
}

export function useSteady(options: { settings?: SettingsPatch | null } = {}): SteadyFile {
  const hooks = fileHooks<Steady, Page, SettingsPatch>({ launch: launchSteady, resetState, setSettings, watchErrors }, options.settings);
  const steady = hooks.steady;
  const file: SteadyFile = {
    get browser() { return steady().browser; },
    get extensionId() { return steady().extensionId; },
    get control() { return steady().control; },
    set control(page) { steady().control = page; },
    close: () => steady().close(),
    track: hooks.track,
    newPage: async () => hooks.track(await steady().browser.newPage()),
    openChat: async (fixture) => openChat(steady(), fixture, await file.newPage()),
  };
  return file;
}
