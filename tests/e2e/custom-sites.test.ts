/**
 * Custom sites in real Chromium: a chat Steady does not know (chat.example.test, served by the
 * fixture server) is unguarded until a person adds it in options, guarded in new tabs after, and
 * unguarded again once removed or once its permission is revoked in the browser.
 *
 * The one step automation cannot do is answer Chromium's permission prompt: it is browser UI that
 * neither Playwright nor CDP can reach (playwright#32755, devtools-protocol#76), and a prompt left
 * open never resolves. So, before clicking Add, the test says yes to this host the way a person can
 * in the browser's own extensions page: chrome://extensions → Steady → Site access → "Add a site",
 * which is the page's chrome.developerPrivate.addHostPermission call. That call does NOT activate
 * the permission (Steady still has no access; asserted below); it only makes the browser answer
 * Steady's own permissions.request without a prompt. Everything after that is the shipped path:
 * a real click on Add, permissions.request in that gesture, the list saved, the background
 * registering content.js, the content script pausing the 5th send.
 * Not covered here: the prompt itself, and what happens when a person declines it (unit tests).
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import {
  cardButton,
  cardShownAfter,
  chatUrl,
  composerText,
  sendMessages,
  sent,
  typeDraft,
  useSteady,
  waitForCard,
  waitForCardGone,
  waitUntilReady,
} from './harness';

const HOST = 'chat.example.test';
const PATTERN = `https://${HOST}/*`;
const SCRIPT_ID = `custom:${PATTERN}`;

// Minimal view of the APIs these functions use inside the browser.
declare const chrome: {
  developerPrivate: { addHostPermission(id: string, host: string): Promise<void>; removeHostPermission(id: string, host: string): Promise<void> };
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> };
  storage: { sync: { set(items: Record<string, unknown>): Promise<void> } };
};

const steady = useSteady();

/** A new tab of the custom chat, ready to type in. */
async function openCustomChat(): Promise<Page> {
  const page = await steady.newPage();
  await page.goto(chatUrl(HOST, '/room/42'));
  await waitUntilReady(page);
  return page;
}

/** What a person does in chrome://extensions → Site access → Add a site (see the file's comment). */
async function browserUi(action: 'add' | 'remove'): Promise<void> {
  const page = await steady.context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(([id, host, act]) => (act === 'add' ? chrome.developerPrivate.addHostPermission(id, host) : chrome.developerPrivate.removeHostPermission(id, host)), [steady.extensionId, PATTERN, action] as const);
  await page.close();
}

function steadyHasAccess(): Promise<boolean> {
  return steady.worker.evaluate((pattern) => chrome.permissions.contains({ origins: [pattern] }), PATTERN);
}

function registered(): Promise<boolean> {
  return steady.worker.evaluate(async (id) => (await chrome.scripting.getRegisteredContentScripts()).some((s) => s.id === id), SCRIPT_ID);
}

function openOptions(): Promise<Page> {
  return steady.openExtensionPage('options.html');
}

/** The row of the custom site in options. */
function row(options: Page) {
  return options.getByRole('listitem').filter({ hasText: HOST });
}

/** Five quick sends on a tab Steady does not guard: all five go out, no card. */
async function expectUnguarded(): Promise<void> {
  const chat = await openCustomChat();
  const texts = await sendMessages(chat, 5);
  expect(await cardShownAfter(chat), 'card on an unguarded site').toBe(false);
  expect(await sent(chat)).toEqual(texts);
}

/** Four sends go out, the fifth is held by the card; Keep editing leaves it in the box. */
async function expectGuarded(): Promise<void> {
  const chat = await openCustomChat();
  const texts = await sendMessages(chat, 4);
  expect(await cardShownAfter(chat, 100), 'card below the limit').toBe(false);
  await typeDraft(chat, 'one too many');
  await chat.keyboard.press('Enter');
  await waitForCard(chat);
  expect(await sent(chat), 'the held send reached the page').toEqual(texts);
  await cardButton(chat, 'Keep editing').click();
  await waitForCardGone(chat);
  expect(await composerText(chat)).toBe('one too many');
  expect(await sent(chat)).toEqual(texts);
}

/** Adds the site in options with a pasted room URL; resolves once the row says Active and the script is registered. */
async function addInOptions(options: Page): Promise<void> {
  await options.getByRole('textbox', { name: 'Add a site', exact: true }).fill(`https://${HOST}/room/42`);
  await options.getByRole('button', { name: 'Add', exact: true }).click();
  await row(options).getByText('Active', { exact: true }).waitFor();
  await expect.poll(registered, { timeout: 5_000 }).toBe(true);
}

test('an unknown chat is unguarded until added in options, guarded after, and unguarded once removed', async () => {
  await expectUnguarded();

  await browserUi('add');
  expect(await steadyHasAccess(), 'the browser-UI step alone must not give Steady access').toBe(false);
  expect(await registered()).toBe(false);

  const options = await openOptions();
  // A refusal is answered next to the field, and nothing is asked or stored.
  const field = options.getByRole('textbox', { name: 'Add a site', exact: true });
  await field.fill('https://discord.com/channels/@me/1');
  await options.getByRole('button', { name: 'Add', exact: true }).click();
  await options.getByText('Discord is already built in', { exact: false }).waitFor();
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  expect(await options.getByRole('listitem').count()).toBe(0);

  await addInOptions(options);
  expect(await field.getAttribute('aria-invalid')).toBeNull();
  expect(await steadyHasAccess()).toBe(true);
  await expectGuarded();

  await options.bringToFront();
  await options.getByRole('button', { name: `Remove ${HOST}`, exact: true }).click();
  await row(options).waitFor({ state: 'detached' });
  await expect.poll(registered, { timeout: 5_000 }).toBe(false);
  expect(await steadyHasAccess(), 'the permission is given back').toBe(false);
  await expectUnguarded();
});

test('a permission revoked in the browser shows "Needs permission" and stops guarding; re-granting there resumes', async () => {
  await browserUi('add');
  const options = await openOptions();
  await addInOptions(options);

  // The person takes the access back in chrome://extensions; the background hears it.
  await browserUi('remove');
  await row(options).getByText('Needs permission', { exact: true }).waitFor();
  await expect(options.getByRole('button', { name: `Allow on ${HOST}`, exact: true }).isVisible()).resolves.toBe(true);
  await expect.poll(registered, { timeout: 5_000 }).toBe(false);
  await expectUnguarded();

  // They give it back in the same place: Steady follows without being asked.
  await browserUi('add');
  await row(options).getByText('Active', { exact: true }).waitFor();
  await expect.poll(registered, { timeout: 5_000 }).toBe(true);
  await expectGuarded();
});

test('a listed site without permission (e.g. synced from another computer) is not guarded until Allow is clicked', async () => {
  // Chromium remembers a yes given once: after Add and Remove it answers the next request itself.
  await browserUi('add');
  const options = await openOptions();
  await addInOptions(options);
  await options.getByRole('button', { name: `Remove ${HOST}`, exact: true }).click();
  await expect.poll(registered, { timeout: 5_000 }).toBe(false);

  // The list arrives through storage.sync, as from another computer; this browser has not allowed it.
  await steady.worker.evaluate((pattern) => chrome.storage.sync.set({ customSites: [{ pattern }] }), PATTERN);
  await row(options).getByText('Needs permission', { exact: true }).waitFor();
  expect(await registered(), 'registered without permission').toBe(false);
  await expectUnguarded();

  await options.bringToFront();
  await options.getByRole('button', { name: `Allow on ${HOST}`, exact: true }).click();
  await row(options).getByText('Active', { exact: true }).waitFor();
  await expect.poll(registered, { timeout: 5_000 }).toBe(true);
  await expectGuarded();
});
