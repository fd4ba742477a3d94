/**
 * Steady over time: settings changed in options reach an open tab, counts survive a page
 * reload, an extension reload leaves old tabs alone, and nothing ever leaves the machine.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { FIXTURE_HOSTS } from '../fixtures/catalog';
import {
  HUMAN_PAUSE_MS,
  card,
  cardButton,
  cardShownAfter,
  composerText,
  fixturePort,
  launchSteady,
  openChat,
  reloadExtension,
  sendMessage,
  sendMessages,
  sent,
  setSettings,
  storedSettings,
  typeDraft,
  useSteady,
  waitForCard,
  waitForSent,
  waitUntilReady,
  watchErrors,
} from './harness';

const steady = useSteady();

function openOptions(): Promise<Page> {
  return steady.openExtensionPage('options.html');
}

test('a limit changed in options applies to an already open chat tab', async () => {
  const chat = await steady.openChat('whatsapp');
  await sendMessages(chat, 2);
  const options = await openOptions();
  const limit = options.getByLabel('Messages before a pause', { exact: true });
  await limit.fill('2');
  await expect.poll(async () => (await storedSettings(steady) as { limit?: number } | undefined)?.limit, { timeout: 5_000 }).toBe(2);
  // storage.onChanged reaches the tab a moment after the write.
  await chat.bringToFront();
  await chat.waitForTimeout(200);
  await chat.evaluate(() => window.__composer.focus());
  await typeDraft(chat, 'third');
  await chat.keyboard.press('Enter');
  await waitForCard(chat);
  expect(await sent(chat)).toEqual(['msg 1', 'msg 2']);
  expect(await composerText(chat)).toBe('third');
});

test('counts survive a reload of the chat page', async () => {
  const chat = await steady.openChat('whatsapp');
  await sendMessages(chat, 4);
  // A person does not reload within milliseconds; let the count reach storage.
  await chat.waitForTimeout(300);
  await chat.reload();
  await waitUntilReady(chat);
  expect(await sent(chat)).toEqual([]);
  await typeDraft(chat, 'after reload');
  await chat.keyboard.press('Enter');
  await waitForCard(chat);
  expect(await sent(chat)).toEqual([]);
  expect(await composerText(chat)).toBe('after reload');
});

test('no request leaves the extension: only fixture pages and the extension\'s own files', async () => {
  const chat = await steady.openChat('whatsapp');
  const first = await sendMessages(chat, 4);
  await typeDraft(chat, 'fifth');
  await chat.keyboard.press('Enter');
  await waitForCard(chat);
  await cardButton(chat, 'Send anyway').click();
  expect(await waitForSent(chat, 5)).toEqual([...first, 'fifth']);
  for (const fixture of ['slack', 'textarea'] as const) {
    const other = await steady.openChat(fixture);
    await sendMessage(other, 'hello');
  }
  const options = await openOptions();
  await options.getByLabel('Messages before a pause', { exact: true }).fill('5');
  await expect.poll(async () => (await storedSettings(steady) as { limit?: number } | undefined)?.limit).toBe(5);

  const port = String(fixturePort());
  const hosts: readonly string[] = FIXTURE_HOSTS;
  const allowed = (url: string): boolean => {
    if (url.startsWith(`chrome-extension://${steady.extensionId}/`)) return true;
    // Not network requests.
    if (/^(data|blob):/.test(url) || url === 'about:blank') return true;
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && hosts.includes(parsed.hostname) && parsed.port === port;
  };
  expect(steady.requests.filter((url) => url.startsWith('https://')).length, 'fixture requests were recorded').toBeGreaterThan(0);
  expect(steady.requests.some((url) => url.startsWith('chrome-extension://')), 'extension requests were recorded').toBe(true);
  expect(steady.requests.filter((url) => !allowed(url))).toEqual([]);
});

test('after the extension reloads, the old tab\'s sends all go through untouched', async () => {
  // Its own browser: developer mode, and a reload would leave the shared one's worker stale.
  const dev = await launchSteady({ developerMode: true });
  try {
    await setSettings(dev, { breathSeconds: 0 });
    const chat = await dev.context.newPage();
    const errors = watchErrors(chat);
    await openChat(dev.context, 'whatsapp', { page: chat });
    const before = await sendMessages(chat, 4);
    await reloadExtension(dev);

    // At the limit: a live guard would hold the next one. The orphaned one must stay out of the way.
    const after = await sendMessages(chat, 6, 'after');
    expect(await cardShownAfter(chat), 'card in the old tab').toBe(false);
    expect(await sent(chat)).toEqual([...before, ...after]);
    await chat.waitForTimeout(300);
    expect(await sent(chat)).toHaveLength(10);
    expect(errors).toEqual([]);

    // The reloaded extension still guards new tabs.
    const fresh = await openChat(dev.context, 'whatsapp', { page: await dev.context.newPage() });
    let held = false;
    for (let i = 1; i <= 5 && !held; i++) {
      const count = (await sent(fresh)).length;
      await typeDraft(fresh, `new tab ${i}`);
      await fresh.keyboard.press('Enter');
      await expect.poll(async () => (await card(fresh).isVisible()) || (await sent(fresh)).length > count).toBe(true);
      held = await card(fresh).isVisible();
      await fresh.waitForTimeout(HUMAN_PAUSE_MS);
    }
    expect(held, 'the reloaded extension never paused a new tab').toBe(true);
  } finally {
    await dev.close();
  }
});
