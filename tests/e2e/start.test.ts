/**
 * `npm start` on a machine without a display: the headless path (build/practice-pause.mjs, which
 * build/start.mjs runs) must leave a picture that shows the pause card, not only the dimmed page.
 * The welcome page opens on install in its own tab; the card's entrance animation runs only in the
 * tab in front, so a picture of a practice tab left behind it shows no card.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { playOnePause } from '../../build/practice-pause.mjs';
import { card, useSteady } from './harness';

const steady = useSteady({ settings: null });
const dir = mkdtempSync(join(tmpdir(), 'steady-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The colour of one pixel of a PNG, read by the browser itself. */
async function pixel(png: Buffer, x: number, y: number): Promise<number[]> {
  const page = await steady.newPage();
  try {
    return await page.evaluate(async ([data, px, py]) => {
      const image = await createImageBitmap(await (await fetch(data)).blob());
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d canvas');
      context.drawImage(image, 0, 0);
      return [...context.getImageData(px, py, 1, 1).data].slice(0, 3);
    }, [`data:image/png;base64,${png.toString('base64')}`, Math.round(x), Math.round(y)] as const);
  } finally {
    await page.close();
  }
}

function rgb(css: string): number[] {
  return (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
}

test('the headless start path saves a picture in which the pause card is fully shown', async () => {
  const shot = join(dir, 'practice-pause.png');
  const { page, opacity } = await playOnePause(steady.context, { extensionId: steady.extensionId, screenshotPath: shot });
  expect(opacity).toBe(1);
  expect(await page.evaluate(() => document.visibilityState)).toBe('visible');
  expect(await card(page).isVisible()).toBe(true);

  // The picture itself: a spot inside the card's top padding has the card's own background colour,
  // and differs from the dimmed page beside the card (what the picture showed when the card never faded in).
  const box = await card(page).boundingBox();
  if (!box) throw new Error('the card has no box');
  const background = rgb(await card(page).evaluate((dialog) => getComputedStyle(dialog).backgroundColor));
  const png = readFileSync(shot);
  const inCard = await pixel(png, box.x + box.width / 2, box.y + 8);
  const beside = await pixel(png, Math.max(0, box.x - 40), box.y + 8);
  for (const [i, value] of inCard.entries()) expect(Math.abs(value - (background[i] ?? -99))).toBeLessThanOrEqual(3);
  expect(beside).not.toEqual(inCard);
});
