/**
 * The card as a person meets it: focus stays inside, its keys never reach the page's shortcuts,
 * and two tabs of one conversation share one count.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { cardButton, cardShownAfter, sendMessages, sent, typeDraft, useSteady, waitForCard } from './harness';

const steady = useSteady();

function chat(path?: string): Promise<Page> {
  return steady.openChat('slack', path ? { path } : {});
}

/** Name of the focused element inside the card, or where focus went instead. */
function focusedInCard(page: Page): Promise<string> {
  return page.evaluate(() => {
    const host = document.querySelector('steady-pause');
    if (document.activeElement !== host) return `outside: ${document.activeElement?.tagName ?? 'none'}`;
    const inner = host?.shadowRoot?.activeElement;
    // A radio (the optional answers) is named by its label.
    const label = inner instanceof HTMLInputElement ? inner.labels?.[0]?.textContent?.trim() : undefined;
    return label || inner?.textContent?.trim() || inner?.tagName || 'the card';
  });
}

test('Tab and Shift+Tab keep focus inside the card', async () => {
  const page = await chat();
  await sendMessages(page, 4);
  await typeDraft(page, 'are you there');
  await page.keyboard.press('Enter');
  await waitForCard(page);
  const seen = new Set<string>();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    const where = await focusedInCard(page);
    expect(where, `Tab ${i + 1}`).not.toMatch(/^outside/);
    seen.add(where);
  }
  expect(seen).toEqual(new Set(['Yes, they have', 'Why this question?', 'Wait 10 minutes', 'Keep editing', 'Send anyway']));
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Shift+Tab');
    expect(await focusedInCard(page), `Shift+Tab ${i + 1}`).not.toMatch(/^outside/);
  }
});

test("keys pressed in the card never reach the page's shortcuts", async () => {
  const page = await chat();
  // A page-wide shortcut listener, as chat apps have (bubble phase on document and window).
  await page.evaluate(() => {
    const keys: string[] = [];
    (window as unknown as { __pageKeys: string[] }).__pageKeys = keys;
    document.addEventListener('keydown', (event) => keys.push(`document:${event.key}`));
    window.addEventListener('keyup', (event) => keys.push(`window:${event.key}`));
  });
  await sendMessages(page, 4);
  await typeDraft(page, 'hello?');
  await page.keyboard.press('Enter');
  await waitForCard(page);
  await page.evaluate(() => (window as unknown as { __pageKeys: string[] }).__pageKeys.splice(0));
  for (const key of ['Tab', 'k', 'ArrowDown', 'Space', '/', 'Tab']) await page.keyboard.press(key);
  expect(await page.evaluate(() => (window as unknown as { __pageKeys: string[] }).__pageKeys)).toEqual([]);
  // The keys still work inside the card: Space on a focused button presses it.
  await cardButton(page, 'Keep editing').focus();
  await page.keyboard.press('Space');
  expect(await cardShownAfter(page, 100)).toBe(false);
  expect(await sent(page)).toHaveLength(4);
});

test('two tabs of one conversation share one count', async () => {
  const first = await chat('/client/T01/C07');
  await sendMessages(first, 2);
  const second = await chat('/client/T01/C07');
  await sendMessages(second, 2, 'other tab');
  await typeDraft(second, 'one too many');
  await second.keyboard.press('Enter');
  await waitForCard(second);
  expect(await sent(second)).toHaveLength(2);
});
