/**
 * The options added around the pause, driven through the real options page in Chromium and
 * checked on a fixture chat: a schedule that leaves "now" out, the person's own words on the
 * card, and file import/export.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Weekday } from '../../src/core/schedule';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { cardShownAfter, sendMessages, sent, setSettings, storedSettings, typeDraft, useSteady, waitForCard } from './harness';

const steady = useSteady({ settings: null });

async function openOptions(): Promise<Page> {
  const page = await steady.openExtensionPage('options.html');
  await page.getByRole('switch', { name: 'Pause fast sends' }).waitFor();
  return page;
}

function openWhatsApp(): Promise<Page> {
  return steady.openChat('whatsapp');
}

async function settingsWhere(check: (s: Settings) => boolean): Promise<Settings> {
  await expect.poll(async () => check((await storedSettings(steady)) as Settings), { timeout: 5_000 }).toBe(true);
  return (await storedSettings(steady)) as Settings;
}

describe('schedule', () => {
  test('a schedule that leaves now out lets every send through, and still counts them', async () => {
    const options = await openOptions();
    await options.getByRole('radio', { name: 'Only at certain times' }).check();
    // Keep only a day three days away: 22:00–06:00 on it can never include now (not even via last night).
    const keep = ((new Date().getDay() + 3) % 7) as Weekday;
    const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    for (const [day, name] of days.entries()) {
      if (day !== keep) await options.getByRole('checkbox', { name, exact: true }).uncheck();
    }
    const stored = await settingsWhere((s) => s.schedule?.days?.length === 1);
    expect(stored.schedule).toEqual({ mode: 'hours', from: '22:00', to: '06:00', days: [keep] });
    await expect.poll(() => options.locator('.summary').textContent()).toBe(`Nudges only 22:00–06:00, ${days[keep]?.slice(0, 3)}`);

    const chat = await openWhatsApp();
    const texts = await sendMessages(chat, 6);
    expect(await cardShownAfter(chat), 'card outside the schedule').toBe(false);
    expect(await sent(chat)).toEqual(texts);

    // Those sends were counted: once nudges apply at any time, the next send is over the limit.
    await options.getByRole('radio', { name: 'Any time' }).check();
    await settingsWhere((s) => s.schedule?.mode === 'always');
    await chat.bringToFront();
    await chat.evaluate(() => window.__composer.focus());
    await typeDraft(chat, 'one more');
    await chat.keyboard.press('Enter');
    await waitForCard(chat);
    expect(await sent(chat)).toEqual(texts);
  });
});

describe('own words', () => {
  test('appear on the card as the plain text typed, markup included', async () => {
    const words = '<b>Breathe.</b> They will answer <img src=x>';
    const options = await openOptions();
    const field = options.getByRole('textbox', { name: 'Your own words (optional)' });
    await field.fill(`  ${words}  `);
    await expect.poll(() => options.getByText(`${[...words].length} of 140 characters`).isVisible()).toBe(true);
    await field.blur();
    await settingsWhere((s) => s.ownWords === words);

    const chat = await openWhatsApp();
    await sendMessages(chat, 4);
    await typeDraft(chat, 'the fifth');
    await chat.keyboard.press('Enter');
    const dialog = await waitForCard(chat);
    const quote = dialog.locator('.own-words blockquote');
    expect(await quote.textContent()).toBe(words);
    expect(await quote.locator('*').count(), 'markup became elements').toBe(0);
    expect(await dialog.getByText('In your own words').isVisible()).toBe(true);
  });
});

describe('export and import', () => {
  const mine = { limit: 7, ownWords: 'Slow is kind.', rotateQuestions: true } as const;

  test('a bad file shows an error next to the picker and changes nothing', async () => {
    const before = await setSettings(steady, mine);
    const options = await openOptions();
    const picker = options.getByLabel('Import settings from a file');
    const files = [
      ['notes.txt', 'not json at all', 'This is not a Steady settings file: it is not JSON. Nothing was changed.'],
      ['steady-settings.json', JSON.stringify({ ...before, limit: 500 }), 'In this file, “limit” is outside the allowed range. Nothing was changed.'],
      ['steady-settings.json', JSON.stringify({ ...before, theme: 'dark' }), 'This file has a setting Steady does not know: “theme”. Nothing was changed.'],
      ['big.json', `${JSON.stringify(before)}${' '.repeat(70 * 1024)}`, 'This file is larger than 64 KB, so it is not a Steady settings file. Nothing was changed.'],
    ] as const;
    for (const [name, text, message] of files) {
      await picker.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect.poll(() => options.getByText(message).isVisible(), { timeout: 5_000 }).toBe(true);
      expect(await picker.getAttribute('aria-invalid')).toBe('true');
    }
    await options.waitForTimeout(300);
    expect(await storedSettings(steady)).toEqual(before);
    expect(await options.getByRole('textbox', { name: 'Messages before a pause' }).inputValue()).toBe('7');
  });

  test('an exported file imports back, and a good file replaces every setting', async () => {
    await setSettings(steady, mine);
    const options = await openOptions();
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export settings' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('steady-settings.json');
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as Settings;
    expect(exported).toEqual({ ...DEFAULT_SETTINGS, ...mine });

    await setSettings(steady, {});
    await options.reload();
    await options.getByLabel('Import settings from a file').setInputFiles({
      name: 'steady-settings.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)),
    });
    await settingsWhere((s) => s.limit === 7);
    expect(await storedSettings(steady)).toEqual(exported);
    await expect.poll(() => options.locator('p.status[role=status]').textContent()).toBe('Settings imported');
    expect(await options.getByRole('textbox', { name: 'Messages before a pause' }).inputValue()).toBe('7');
  });
});
