/**
 * Making the pause stick, in real Firefox ESR: a breath that grows within a run of pauses, and
 * typing one's own words before "Send anyway" into a field inside the card's shadow root, as in
 * tests/e2e/stick.test.ts. Default limit: 4 sends per 60 s, the 5th is held.
 */
import type { Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { cardShownAfter, cardState, clickCardButton, holdDraft, reachLimit, sent, setSettings, useSteady, waitForCard, waitForCardGone, waitForSent } from './harness';

// Each test stores its own settings.
const steady = useSteady({ settings: null });

/** The card's "Send anyway" as the eye sees it (its countdown included), and whether it can be pressed. */
async function sendAnyway(page: Page): Promise<{ text: string; disabled: boolean }> {
  const state = await cardState(page);
  const button = state?.buttons.find((b) => b.name.startsWith('Send anyway'));
  return { text: button?.name ?? '', disabled: button?.disabled ?? true };
}

const countdown = async (page: Page): Promise<number> => Number(/· (\d+)/.exec((await sendAnyway(page)).text)?.[1] ?? 0);

/** Text anywhere in the open card (its shadow root), spaces collapsed. */
function cardText(page: Page): Promise<string> {
  return page.evaluate(() => (document.querySelector('steady-pause')?.shadowRoot?.querySelector('dialog')?.textContent ?? '').replace(/\s+/g, ' '));
}

/** Keep editing, then Enter again in the composer: the next pause of the run. */
async function pauseAgain(page: Page): Promise<void> {
  await clickCardButton(page, 'Keep editing');
  await waitForCardGone(page);
  await page.keyboard.press('Enter');
  await waitForCard(page);
}

test('the third pause in a row shows a longer breath and the line that says why', async () => {
  await setSettings(steady, { breathSeconds: 3 });
  const chat = await steady.openChat('textarea');
  await reachLimit(chat);
  await holdDraft(chat, 'one more');
  expect(await countdown(chat)).toBeLessThanOrEqual(3);
  expect(await cardText(chat)).not.toContain('A longer breath this time');

  await pauseAgain(chat);
  expect(await countdown(chat)).toBeGreaterThan(3);
  await pauseAgain(chat);
  await expect.poll(() => cardText(chat)).toContain('A longer breath this time: this is pause 3 in a row with them, each within an hour of the last.');
  // 3 → 6 → 12 seconds: more than the second pause's 6 even after a second has gone by.
  expect(await countdown(chat)).toBeGreaterThan(6);
  expect((await sendAnyway(chat)).disabled).toBe(true);
  expect(await sent(chat)).toHaveLength(4);
});

test('"Send anyway" stays off until one\'s own words are typed in the card, then sends exactly once', async () => {
  await setSettings(steady, { breathSeconds: 0, typeOwnWords: true, ownWords: 'Slow is kind.' });
  const chat = await steady.openChat('textarea');
  await reachLimit(chat);
  await holdDraft(chat, 'the fifth one');
  expect((await sendAnyway(chat)).disabled).toBe(true);

  // A real click into the field inside the card's shadow root, then real keys.
  const box = await chat.evaluate(() => {
    const root = document.querySelector('steady-pause')?.shadowRoot;
    const label = [...(root?.querySelectorAll('label') ?? [])].find((l) => l.textContent?.trim() === 'Type your own words to send anyway');
    const field = label ? root?.getElementById(label.htmlFor) : null;
    const r = field?.getBoundingClientRect();
    return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
  });
  expect(box, 'the own-words field').not.toBeNull();
  await chat.mouse.click(box?.x ?? 0, box?.y ?? 0);
  await chat.keyboard.type('slow IS  kind');
  expect((await sendAnyway(chat)).disabled).toBe(true);
  await chat.keyboard.type('.');
  await expect.poll(() => cardText(chat)).toContain('Those are your words. You can send now.');
  expect((await sendAnyway(chat)).disabled).toBe(false);
  expect(await sent(chat)).toHaveLength(4);

  await clickCardButton(chat, 'Send anyway');
  await waitForCardGone(chat);
  expect((await waitForSent(chat, 5))[4]).toBe('the fifth one');
  expect(await cardShownAfter(chat)).toBe(false);
  expect(await sent(chat)).toHaveLength(5);
});
