/**
 * The card is its own script (card.js), imported only when a pause is near. These tests hold
 * the promise that makes that safe: a held send is never lost, whether card.js loads late
 * (not prefetched) or never (missing from the build).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  EXTENSION_DIR, type Steady, cardButton, cardShownAfter, launchSteady, openChat, resetState, sendMessages, sent, setSettings,
  typeDraft, waitForCard, waitForSent, watchErrors,
} from './harness';

const opened: Steady[] = [];
const dirs: string[] = [];
afterAll(async () => {
  for (const steady of opened) await steady.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function start(extensionDir?: string): Promise<Steady> {
  const steady = await launchSteady(extensionDir ? { extensionDir } : {});
  opened.push(steady);
  await resetState(steady);
  await setSettings(steady, { breathSeconds: 0 });
  return steady;
}

describe('the lazily loaded card', () => {
  test('opens when the pause comes on a page that never prefetched it (counts from an earlier page)', async () => {
    const steady = await start();
    const first = await openChat(steady.context, 'whatsapp');
    const earlier = await sendMessages(first, 4);
    await first.close();
    // A new page of the same chat: its tally comes from session storage, nothing was prefetched here.
    const page = await openChat(steady.context, 'whatsapp');
    const errors = watchErrors(page);
    await typeDraft(page, 'fifth');
    await page.keyboard.press('Enter');
    await waitForCard(page);
    expect(await sent(page)).toEqual([]);
    await cardButton(page, 'Send anyway').click();
    expect(await waitForSent(page, 1)).toEqual(['fifth']);
    expect(earlier).toHaveLength(4);
    expect(errors).toEqual([]);
  });

  test('without card.js the held send goes through, once, and the draft is not lost', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'steady-nocard-'));
    dirs.push(dir);
    cpSync(EXTENSION_DIR, dir, { recursive: true });
    rmSync(join(dir, 'card.js'));
    const steady = await start(dir);
    const page = await openChat(steady.context, 'whatsapp');
    const first = await sendMessages(page, 4);
    await typeDraft(page, 'fifth');
    await page.keyboard.press('Enter');
    // The 5th is held while card.js is sought, then replayed when it cannot load.
    expect(await waitForSent(page, 5)).toEqual([...first, 'fifth']);
    // A second Enter on the (now empty) composer sends nothing more: the replay happened exactly once.
    await page.keyboard.press('Enter');
    expect(await cardShownAfter(page)).toBe(false);
    expect(await sent(page)).toEqual([...first, 'fifth']);
  });
});
