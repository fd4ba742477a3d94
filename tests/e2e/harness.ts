/**
 * Real Chromium with the built extension (dist/chrome), pointed at the local fixture pages.
 * Recipe: /work/shared/browsers.md. One browser per test file, a new page per test.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Locator, type Page, type Worker } from 'playwright-core';
import { inject } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../../src/core/settings';
import { FIXTURE_HOSTS, type FixtureHost, type FixtureName } from '../fixtures/catalog';
import { CARD_NAME, cardSteps, fileHooks } from './chat-page';

// The page steps both browser suites share.
export { CARD_NAME, HUMAN_PAUSE_MS, composerFocused, composerText, enterOutsideField, focusComposer, keysSeen, receive, sendMessage, sendMessages, sent, typeDraft, waitForSent } from './chat-page';

export type { FixtureName } from '../fixtures/catalog';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CHROMIUM = '/usr/lib/chromium/chromium';
/** STEADY_EXTENSION_DIR lets the suite run against another unpacked build. */
export const EXTENSION_DIR = process.env.STEADY_EXTENSION_DIR ?? join(ROOT, 'dist', 'chrome');

/** A way to another conversation: a URL on the same host, or a click in the page (single-page apps). */
export type Nav = { readonly path: string } | { readonly button: string } | { readonly link: string };

interface FixtureInfo {
  readonly host: FixtureHost;
  readonly path: string;
  readonly composer: string;
  readonly sendButton: string;
  /** The site's adapter resets the count when the other person replies (window.__receive()). */
  readonly replies: boolean;
  /** Two conversations: the first is where the page opens. */
  readonly conversations: readonly [Nav, Nav];
}

/** What the tests need to know about each fixture page. */
export const FIXTURES = {
  whatsapp: {
    host: 'web.whatsapp.com',
    path: '/',
    composer: 'footer [data-tab="10"][contenteditable=true]',
    sendButton: 'button[aria-label="Send"]',
    replies: true,
    conversations: [{ button: 'Alex Rivera' }, { button: 'Sam Okafor' }],
  },
  // Hidden phone numbers: rows carry only the message id, theirs are .message-in, the send button is known by its icon (label "Enviar").
  whatsappNew: {
    host: 'web.whatsapp.com',
    path: '/?rows=message',
    composer: 'footer [data-tab="10"][contenteditable=true]',
    sendButton: 'footer button:has(span[data-icon="wds-ic-send-filled"])',
    replies: true,
    conversations: [{ button: 'Alex Rivera' }, { button: 'Sam Okafor' }],
  },
  messenger: {
    host: 'www.facebook.com',
    path: '/messages/t/100001',
    composer: '[role=main] [role=textbox][data-lexical-editor=true]',
    sendButton: '[role=button][aria-label="Press enter to send"]',
    replies: true,
    conversations: [{ path: '/messages/t/100001' }, { path: '/messages/e2ee/t/7012345678901234' }],
  },
  instagram: {
    host: 'www.instagram.com',
    path: '/direct/t/340282366841710301/',
    composer: '.composer [role=textbox][contenteditable=true]',
    sendButton: '.composer [role=button]',
    replies: false,
    conversations: [{ path: '/direct/t/340282366841710301/' }, { path: '/direct/t/340282366841710302/' }],
  },
  slack: {
    host: 'app.slack.com',
    path: '/client/T01/C01',
    composer: '[data-qa="message_input"] .ql-editor',
    sendButton: 'button[data-qa="texty_send_button"]',
    replies: true,
    conversations: [{ link: '# general' }, { link: '# random' }],
  },
  discord: {
    host: 'discord.com',
    path: '/channels/@me/100',
    composer: '[role=textbox][data-slate-editor=true]',
    sendButton: 'button[aria-label="Send Message"]',
    replies: true,
    conversations: [{ path: '/channels/@me/100' }, { path: '/channels/@me/200' }],
  },
  telegramK: {
    host: 'web.telegram.org',
    path: '/k/#@alex',
    composer: '.input-message-input[contenteditable=true]',
    sendButton: 'button.btn-send',
    replies: true,
    conversations: [{ path: '/k/#@alex' }, { path: '/k/#-1001234567890' }],
  },
  telegramA: {
    host: 'web.telegram.org',
    path: '/a/#777000',
    composer: '#editable-message-text',
    sendButton: '.Composer .Button.send',
    replies: true,
    conversations: [{ path: '/a/#777000' }, { path: '/a/#-1001234567890' }],
  },
  textarea: {
    host: 'www.instagram.com',
    path: '/direct/legacy/',
    composer: 'textarea[aria-label="Message"]',
    sendButton: 'form button[type=submit]',
    replies: false,
    conversations: [{ path: '/direct/legacy/' }, { path: '/direct/legacy/' }],
  },
  googlechat: { host: 'chat.google.com', path: '/u/0/app/chat/AAAA1', composer: '[role=textbox][contenteditable=true]', sendButton: 'button[aria-label="Send message"]', replies: false, conversations: [{ button: 'Book club' }, { button: 'Sam Okafor' }] },
  // The composer is in the chat.google.com iframe: tests/e2e/sites-b.test.ts reads it there.
  gmail: { host: 'mail.google.com', path: '/mail/u/0/', composer: 'iframe[title=Chat]', sendButton: 'iframe[title=Chat]', replies: false, conversations: [{ button: 'Book club' }, { button: 'Sam Okafor' }] },
  teams: { host: 'teams.microsoft.com', path: '/v2/', composer: '[data-tid="ckeditor"]', sendButton: '[data-tid="sendMessageCommands-send"]', replies: true, conversations: [{ button: 'Alex Rivera' }, { button: 'Sam Okafor' }] },
  linkedin: { host: 'www.linkedin.com', path: '/messaging/thread/2-QUxFWA==/', composer: '.msg-form__contenteditable', sendButton: '.msg-form__send-button', replies: true, conversations: [{ link: 'Alex Rivera' }, { link: 'Sam Okafor' }] },
  x: { host: 'x.com', path: '/messages/111-222', composer: '[data-testid=dmComposerTextInput]', sendButton: '[data-testid=dmComposerSendButton]', replies: false, conversations: [{ link: 'Alex Rivera' }, { link: 'Sam Okafor' }] },
  gmessages: { host: 'messages.google.com', path: '/web/conversations/12', composer: 'textarea[data-e2e-message-input-box]', sendButton: '[data-e2e-send-text-button]', replies: true, conversations: [{ link: 'Alex Rivera' }, { link: 'Sam Okafor' }] },
  element: { host: 'app.element.io', path: '/#/room/!abc:example.org', composer: '[data-testid=basicmessagecomposer]', sendButton: '[data-testid=sendmessagebtn]', replies: false, conversations: [{ link: 'Book club' }, { link: 'Lobby' }] },
} as const satisfies Record<FixtureName, FixtureInfo>;

export function fixturePort(): number {
  return inject('fixturePort');
}

export function chatUrl(host: string, path = '/'): string {
  return `https://${host}:${fixturePort()}${path.startsWith('/') ? path : `/${path}`}`;
}

// Minimal view of the extension API, for functions that run inside the service worker.
interface StorageArea {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  clear(): Promise<void>;
}
declare const chrome: { storage: { sync: StorageArea; local: StorageArea; session: StorageArea }; runtime: { reload(): void } };

export interface Browser {
  readonly context: BrowserContext;
  /** Every request URL the context saw: pages, and the extension's service worker. */
  readonly requests: string[];
  close(): Promise<void>;
}

export interface Steady extends Browser {
  readonly extensionId: string;
  /** The extension's service worker; after an extension reload, the newest one. */
  readonly worker: Worker;
}

async function launch(extensionDir: string | null, developerMode: boolean, keptProfile?: string): Promise<Browser> {
  // A fresh profile each launch: no state leaks between files. A kept one (a browser restart) is the caller's to remove.
  const profile = keptProfile ?? mkdtempSync(join(tmpdir(), 'steady-profile-'));
  if (developerMode && !keptProfile) {
    // Without developer mode Chromium disables a command-line extension when it reloads itself.
    mkdirSync(join(profile, 'Default'), { recursive: true });
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  }
  const hostRules = FIXTURE_HOSTS.map((host) => `MAP ${host} 127.0.0.1`).join(', ');
  const args = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    `--host-resolver-rules=${hostRules}`,
  ];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    // Headless comes from --headless=new, the mode that runs extensions.
    headless: false,
    ignoreHTTPSErrors: true,
    args,
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  return {
    context,
    requests,
    async close() {
      await context.close().catch(() => {});
      if (!keptProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Plain Chromium, no extension: for checking the fixtures themselves. */
export function launchPlain(): Promise<Browser> {
  return launch(null, false);
}

/** `profile`: a profile directory to start with and keep on close, for restarting the browser on the same profile. */
export async function launchSteady(options: { developerMode?: boolean; extensionDir?: string; profile?: string } = {}): Promise<Steady> {
  const dir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`${join(dir, 'manifest.json')} is missing: run \`npm run build\` first.`);
  }
  const browser = await launch(dir, options.developerMode ?? false, options.profile);
  const { context } = browser;
  try {
    const isExtensionWorker = (w: Worker): boolean => w.url().startsWith('chrome-extension://');
    let worker = context.serviceWorkers().find(isExtensionWorker)
      ?? await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 10_000 });
    const extensionId = new URL(worker.url()).host;
    context.on('serviceworker', (w) => {
      if (w.url().startsWith(`chrome-extension://${extensionId}/`)) worker = w;
    });
    return {
      ...browser,
      extensionId,
      get worker() {
        return worker;
      },
    };
  } catch (error) {
    await browser.close();
    throw new Error(`the extension's service worker did not start: ${String(error)}`);
  }
}

export type SettingsPatch = Partial<Omit<Settings, 'sites'>> & { sites?: Partial<Settings['sites']> };

/** Stores settings as the options page would: the defaults with `partial` on top. */
export async function setSettings(steady: Steady, partial: SettingsPatch): Promise<Settings> {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...partial, sites: { ...DEFAULT_SETTINGS.sites, ...partial.sites } };
  await steady.worker.evaluate(([key, value]) => chrome.storage.sync.set({ [key]: value }), [SETTINGS_KEY, settings] as const);
  return settings;
}

export async function storedSettings(steady: Steady): Promise<unknown> {
  return steady.worker.evaluate(async (key) => (await chrome.storage.sync.get(key))[key], SETTINGS_KEY);
}

/** Forgets settings, tallies, cooldowns, the snooze and the day counts. Call with no chat page open. */
export async function resetState(steady: Steady): Promise<void> {
  await steady.worker.evaluate(() => Promise.all([chrome.storage.sync.clear(), chrome.storage.local.clear(), chrome.storage.session.clear()]));
}

export interface UseSteadyOptions {
  /** Stored before each test on top of the defaults; `null` leaves the defaults. Default: no breath before "Send anyway". */
  readonly settings?: SettingsPatch | null;
  /** Lets the extension reload itself (reloadExtension). */
  readonly developerMode?: boolean;
  /** One profile for the whole file, removed after it, so `restart()` finds what the last browser stored. */
  readonly keepProfile?: boolean;
}

/**
 * Steady for one test file, through the file's hooks: launched once (beforeAll), its state reset and
 * `settings` stored before each test, every page opened through it closed after each test, and a
 * test fails on any uncaught page error or console error in those pages. The result is itself a
 * `Steady` (valid from beforeAll on), so `steady.context`, `resetState(steady)` and the rest work as before.
 */
export interface SteadyFile extends Steady {
  /** A new tab, closed after the test, its errors watched. */
  newPage(context?: BrowserContext): Promise<Page>;
  /** A fixture chat in a new watched tab, composer focused. */
  openChat(fixture: FixtureName, options?: Omit<OpenOptions, 'page'>): Promise<Page>;
  /** One of Steady's own pages (`options.html`, `popup.html`, …) in a new watched tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Closes `page` after the test and fails the test on its errors. */
  track(page: Page): Page;
  /** Closes the browser and starts it again; with `keepProfile`, on the same profile. */
  restart(): Promise<void>;
}

export function useSteady(options: UseSteadyOptions = {}): SteadyFile {
  let profile: string | undefined;
  const launchFile = (): Promise<Steady> => {
    if (options.keepProfile) profile ??= mkdtempSync(join(tmpdir(), 'steady-kept-profile-'));
    return launchSteady({ ...(options.developerMode ? { developerMode: true } : {}), ...(profile ? { profile } : {}) });
  };
  const dispose = (): void => {
    if (profile) rmSync(profile, { recursive: true, force: true });
  };
  const hooks = fileHooks<Steady, Page, SettingsPatch>({ launch: launchFile, resetState, setSettings, watchErrors, dispose }, options.settings);
  const steady = hooks.steady;
  const file: SteadyFile = {
    get context() { return steady().context; },
    get requests() { return steady().requests; },
    get extensionId() { return steady().extensionId; },
    get worker() { return steady().worker; },
    close: () => steady().close(),
    track: hooks.track,
    async restart() {
      await hooks.relaunch();
    },
    async newPage(context = steady().context) {
      return hooks.track(await context.newPage());
    },
    async openChat(fixture, open = {}) {
      return openChat(steady().context, fixture, { ...open, page: await file.newPage() });
    },
    async openExtensionPage(path) {
      const page = await file.newPage();
      await page.goto(`chrome-extension://${steady().extensionId}/${path}`);
      return page;
    },
  };
  return file;
}

/** Asks the extension to reload itself; resolves once the new service worker runs. Needs developerMode. */
export async function reloadExtension(steady: Steady): Promise<void> {
  const old = steady.worker;
  const next = steady.context.waitForEvent('serviceworker', {
    predicate: (w) => w !== old && w.url().startsWith(`chrome-extension://${steady.extensionId}/`),
    timeout: 10_000,
  });
  // The worker dies mid-call, so this evaluate may never answer.
  void old.evaluate(() => chrome.runtime.reload()).catch(() => {});
  await next;
}

export interface OpenOptions {
  /** Path on the fixture's host instead of its default. */
  path?: string;
  /** Adds ?hostile: page CSS and a full-page overlay that try to break the card. */
  hostile?: boolean;
  /** Reuse this page instead of opening a new one. */
  page?: Page;
}

/** Opens a fixture chat page, waits until its composer is live, and focuses the composer. */
export async function openChat(context: BrowserContext, fixture: FixtureName, options: OpenOptions = {}): Promise<Page> {
  const { host, path } = FIXTURES[fixture];
  const url = new URL(chatUrl(host, options.path ?? path));
  if (options.hostile) url.searchParams.set('hostile', '');
  const page = options.page ?? await context.newPage();
  await page.goto(url.href);
  await waitUntilReady(page);
  return page;
}

/** Opens another conversation the way a person would on that site, and puts focus back in its composer. */
export async function goTo(page: Page, fixture: FixtureName, nav: Nav): Promise<void> {
  if ('path' in nav) {
    await page.goto(chatUrl(FIXTURES[fixture].host, nav.path));
    await waitUntilReady(page);
    return;
  }
  if ('button' in nav) await page.getByRole('button', { name: nav.button, exact: true }).click();
  else await page.getByRole('link', { name: nav.link, exact: true }).click();
  await page.evaluate(() => window.__composer.focus());
}

export async function waitUntilReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__ready === true, undefined, { timeout: 10_000 });
  // keyboard.type goes to whatever has focus: make sure that is the composer.
  await page.evaluate(() => window.__composer.focus());
}

/**
 * A trusted mouse click at the middle of an element. Locator.click() would wait for its own
 * hit-target check, which never passes when Steady holds the pointerdown and opens its modal card.
 */
export async function clickAt(locator: Locator): Promise<void> {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error(`cannot click ${String(locator)}: it has no box`);
  await locator.page().mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** A trusted Enter that an IME would produce while committing a candidate (keyCode 229). */
export async function imeEnter(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229,
    });
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, nativeVirtualKeyCode: 13,
    });
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Four sends without a card (`reachLimit`), a draft held by the card (`holdDraft`), sends let through after their reply. */
export const { reachLimit, holdDraft, afterTheirReply } = cardSteps<Page>({ waitForCard, cardShownAfter });

export type CardButton = 'Send anyway' | 'Keep editing' | `Wait ${number} minute${'' | 's'}` | 'Wait until they reply';

/** The pause card (Playwright's role queries pierce the card's open shadow root). */
export function card(page: Page): Locator {
  return page.getByRole('dialog', { name: CARD_NAME, exact: true });
}

export function cardButton(page: Page, name: CardButton): Locator {
  return card(page).getByRole('button', { name, exact: true });
}

export async function waitForCard(page: Page, timeout = 5_000): Promise<Locator> {
  const dialog = card(page);
  await dialog.waitFor({ state: 'visible', timeout }).catch(async (error: unknown) => {
    throw new Error(`no pause card within ${timeout} ms; page state: ${JSON.stringify(await cardDiagnostics(page))}`, { cause: error });
  });
  return dialog;
}

/** What the page looks like when a card did not show: was the send let through, or is a card there but unseen? */
export function cardDiagnostics(page: Page): Promise<unknown> {
  return page.evaluate(() => {
    const host = document.querySelector('steady-pause');
    const dialog = host?.shadowRoot?.querySelector('dialog');
    const rect = dialog?.getBoundingClientRect();
    return {
      sent: window.__sent,
      draft: window.__draft(),
      keys: window.__keys,
      host: host ? { connected: host.isConnected } : null,
      dialog: dialog ? { open: dialog.open, label: dialog.getAttribute('aria-labelledby'), size: rect ? [rect.width, rect.height] : null, text: dialog.innerText.slice(0, 120) } : null,
      active: document.activeElement?.tagName,
    };
  });
}

export async function waitForCardGone(page: Page, timeout = 5_000): Promise<void> {
  await card(page).waitFor({ state: 'hidden', timeout });
}

/** Gives a wrongly opening card time to show up, then reports whether one is there. */
export async function cardShownAfter(page: Page, settleMs = 300): Promise<boolean> {
  await page.waitForTimeout(settleMs);
  return card(page).isVisible();
}

/** Collects uncaught page errors and console errors from the moment it is called. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/**
 * The moment screenshots are made at: a Thursday afternoon, so pictures of the popup (its week's
 * weekday labels, "today") do not change with the day the tests run. Local time of the machine.
 */
export const SCREENSHOT_TIME = new Date(2026, 10, 26, 15, 0, 0).getTime();

/** Freezes `page`'s clock at SCREENSHOT_TIME (Date.now and new Date); call before it loads. */
export async function fixClock(page: Page): Promise<void> {
  await page.clock.setFixedTime(SCREENSHOT_TIME);
}

/** A sample week of pauses ending on the day of `now` (today: 3 shown, 2 kept), for the popup's chart. */
export async function seedWeek(steady: Steady, now = SCREENSHOT_TIME): Promise<void> {
  await steady.worker.evaluate(async (at) => {
    const week = [[2, 2, 0], [0, 0, 0], [4, 3, 1], [1, 1, 0], [5, 3, 2], [2, 2, 0], [3, 2, 1]] as const;
    const days: Record<string, unknown> = {};
    week.forEach(([shown, kept, sentAnyway], index) => {
      const day = new Date(at);
      day.setDate(day.getDate() - (6 - index));
      const key = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
      if (shown) days[key] = { shown, waited: kept - (kept > 1 ? 1 : 0), keptEditing: kept > 1 ? 1 : 0, sentAnyway };
    });
    await chrome.storage.local.set({ stats: { days } });
  }, now);
}
