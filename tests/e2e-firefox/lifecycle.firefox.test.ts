/**
 * Steady over time in Firefox ESR: a limit changed in the options page reaches an open chat tab,
 * counts survive a reload of the chat (storage.session from a content script), and an extension
 * that is reloaded or removed leaves an old tab's sends alone.
 */
import type { Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import {
  cardShownAfter,
  clickCardButton,
  composerText,
  hasHost,
  openExtensionPage,
  reloadExtension,
  sendMessages,
  sent,
  storedLimit,
  toolbar,
  typeDraft,
  useSteady,
  waitForCard,
  waitForCardGone,
  waitForSent,
  withdrawHost,
} from './harness';

const steady = useSteady();

function chat(): Promise<Page> {
  return steady.openChat('whatsapp');
}

function openOptions(): Promise<Page> {
  return steady.newPage().then((page) => openExtensionPage(steady, 'options.html', page));
}

test('a limit typed into the options page applies to an already open chat tab', async () => {
  const tab = await chat();
  await sendMessages(tab, 2);
  const options = await openOptions();
  const box = await options.evaluate(() => {
    const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Messages before a pause');
    const input = label ? document.getElementById(label.htmlFor) : null;
    const r = input?.getBoundingClientRect();
    return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
  });
  expect(box, 'the limit field').not.toBeNull();
  await options.mouse.click(box?.x ?? 0, box?.y ?? 0, { count: 3 });
  await options.keyboard.type('2');
  await expect.poll(() => storedLimit(steady), { timeout: 5_000 }).toBe(2);

  await tab.bringToFront();
  await tab.evaluate(() => window.__composer.focus());
  await typeDraft(tab, 'third');
  await tab.keyboard.press('Enter');
  await waitForCard(tab);
  expect(await sent(tab)).toEqual(['msg 1', 'msg 2']);
  expect(await composerText(tab)).toBe('third');
});

test('counts survive a reload of the chat page', async () => {
  const tab = await chat();
  await sendMessages(tab, 4);
  // A person does not reload within milliseconds; let the count reach storage.
  await new Promise((r) => setTimeout(r, 300));
  await tab.reload();
  await tab.waitForFunction(() => window.__ready === true, { timeout: 10_000 });
  await tab.evaluate(() => window.__composer.focus());
  expect(await sent(tab)).toEqual([]);
  await typeDraft(tab, 'after reload');
  await tab.keyboard.press('Enter');
  await waitForCard(tab);
  expect(await sent(tab)).toEqual([]);
  expect(await composerText(tab)).toBe('after reload');
});

test('two tabs of one conversation share the count while both are open', async () => {
  const first = await chat();
  await sendMessages(first, 2, 'tab one');
  const second = await chat();
  await sendMessages(second, 2, 'tab two');
  await first.bringToFront();
  await first.evaluate(() => window.__composer.focus());
  await typeDraft(first, 'fifth in all');
  await first.keyboard.press('Enter');
  await waitForCard(first);
  expect(await sent(first)).toEqual(['tab one 1', 'tab one 2']);
});

test('a withheld chat site shows on the toolbar and in options, and one click there grants it again', async () => {
  const whatsapp = 'https://web.whatsapp.com/*';
  expect(await toolbar(steady)).toEqual({ badge: '', title: 'Steady' });
  expect(await withdrawHost(steady, whatsapp)).toBe(true);
  await expect.poll(() => toolbar(steady), { timeout: 5_000 }).toEqual({
    badge: '!',
    title: 'Steady cannot pause on WhatsApp Web until you allow it there: see Steady’s settings.',
  });

  const options = await openOptions();
  const notice = (): Promise<string | null> => options.evaluate(() => document.querySelector('.access')?.textContent ?? null);
  await expect.poll(notice, { timeout: 5_000 }).toContain('Steady has no access to WhatsApp Web, so it cannot pause messages there.');
  const box = await options.evaluate(() => {
    const button = [...document.querySelectorAll('.access button')].find((b) => b.textContent === 'Allow Steady on these sites');
    const r = button?.getBoundingClientRect();
    return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
  });
  expect(box, 'the grant button').not.toBeNull();
  // A real click: the browser grants permission requests only during a user gesture.
  await options.mouse.click(box?.x ?? 0, box?.y ?? 0);
  await expect.poll(() => hasHost(steady, whatsapp), { timeout: 5_000 }).toBe(true);
  await expect.poll(notice, { timeout: 5_000 }).toBeNull();
  await expect.poll(() => toolbar(steady), { timeout: 5_000 }).toEqual({ badge: '', title: 'Steady' });

  // And the chat is guarded again.
  const tab = await chat();
  await sendMessages(tab, 4);
  await typeDraft(tab, 'guarded again');
  await tab.keyboard.press('Enter');
  await waitForCard(tab);
  expect(await sent(tab)).toHaveLength(4);
});

test('after a reload the old tab has exactly one guard; after removal its sends all go through', async () => {
  const tab = await chat();
  const before = await sendMessages(tab, 4);
  await reloadExtension(steady);
  // Unlike Chromium, Firefox injects the new content script into open tabs. The old one must be
  // quiet: one card, one send. (Session storage starts empty after a reload, so four pass first.)
  await tab.bringToFront();
  await tab.evaluate(() => window.__composer.focus());
  const afterReload = await sendMessages(tab, 4, 'after reload');
  expect(await cardShownAfter(tab), 'held below the limit after the reload').toBe(false);
  await typeDraft(tab, 'held once');
  await tab.keyboard.press('Enter');
  await waitForCard(tab);
  expect(await tab.evaluate(() => document.querySelectorAll('steady-pause').length), 'cards from two guards').toBe(1);
  await clickCardButton(tab, 'Send anyway');
  await waitForSent(tab, 9);
  await waitForCardGone(tab);
  await new Promise((r) => setTimeout(r, 500));
  expect(await sent(tab), 'sent twice').toEqual([...before, ...afterReload, 'held once']);

  await steady.browser.uninstallExtension(steady.extensionId);
  await tab.evaluate(() => window.__composer.focus());
  const afterRemoval = await sendMessages(tab, 5, 'after removal');
  expect(await cardShownAfter(tab), 'card after removal').toBe(false);
  expect(await sent(tab)).toEqual([...before, ...afterReload, 'held once', ...afterRemoval]);
});
