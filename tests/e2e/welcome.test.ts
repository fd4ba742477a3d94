/**
 * First install: Steady opens its welcome page by itself, and the practice chat embedded there
 * pauses a fast fifth message like any chat. practice.html still works on its own.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { HUMAN_PAUSE_MS, card, cardButton, useSteady, waitForCard, waitForCardGone } from './harness';

const steady = useSteady({ settings: null });

async function welcomePage(): Promise<Page> {
  const isWelcome = (p: Page): boolean => p.url() === `chrome-extension://${steady.extensionId}/welcome.html`;
  const page = steady.context.pages().find(isWelcome) ?? await steady.context.waitForEvent('page', { predicate: isWelcome, timeout: 5_000 });
  await page.getByRole('heading', { name: 'Welcome to Steady', level: 1 }).waitFor();
  return page;
}

/** Types a message into the practice chat and presses Enter. */
async function practiceSend(page: Page, text: string): Promise<void> {
  const composer = page.getByRole('textbox', { name: 'Message' });
  await composer.click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

test('opens on install with three steps, the privacy promise and the practice chat', async () => {
  const page = steady.track(await welcomePage());
  expect(await page.locator('.steps > li').count()).toBe(3);
  expect(await page.getByRole('heading', { name: 'Private by design' }).isVisible()).toBe(true);
  expect(await page.getByText('never reads, stores or sends your messages', { exact: false }).isVisible()).toBe(true);
  // The page starts at its top, not scrolled down to the chat.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  const composer = page.getByRole('textbox', { name: 'Message' });
  for (const text of ['one', 'two', 'three', 'four']) {
    await practiceSend(page, text);
    await expect.poll(() => composer.inputValue()).toBe('');
    await page.waitForTimeout(HUMAN_PAUSE_MS);
  }
  expect(await card(page).isVisible()).toBe(false);
  await practiceSend(page, 'five');
  await waitForCard(page);
  expect(await composer.inputValue()).toBe('five');
  await cardButton(page, 'Keep editing').click();
  await waitForCardGone(page);
});

test('practice.html still works on its own page', async () => {
  const page = await steady.openExtensionPage('practice.html');
  await page.getByRole('textbox', { name: 'Message' }).waitFor();
  expect(await page.getByRole('main').count()).toBe(1);
  expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
  await page.close();
});
