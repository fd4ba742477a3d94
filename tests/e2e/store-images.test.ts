/**
 * The images the stores show, made from the real extension: four 1280×800 screenshots (the card on
 * a chat page, the popup, the settings, the welcome page) and the 440×280 promo tile, written to
 * docs/store/images (committed; tests/unit/store.test.ts checks their sizes). Light mode, reduced
 * motion, and a fixed clock, so the same code gives the same pictures.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { card, fixClock, seedWeek, useSteady } from './harness';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const IMAGES = join(ROOT, 'docs', 'store', 'images');
const SCREEN: Viewport = { width: 1280, height: 800 };
interface Viewport { readonly width: number; readonly height: number }
mkdirSync(IMAGES, { recursive: true });

const steady = useSteady();

/** A light, reduced-motion tab; `frozen`: with the clock fixed (not where Steady must count real sends). */
async function page(viewport: Viewport = SCREEN, frozen = true): Promise<Page> {
  const p = await steady.newPage();
  await p.setViewportSize(viewport);
  await p.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  if (frozen) await fixClock(p);
  return p;
}

async function extensionPage(path: string, viewport: Viewport = SCREEN, frozen = true): Promise<Page> {
  const p = await page(viewport, frozen);
  await p.goto(`chrome-extension://${steady.extensionId}/${path}`);
  await p.getByRole('heading').first().waitFor();
  await p.waitForLoadState('networkidle');
  return p;
}

const dataUrl = (png: Buffer): string => `data:image/png;base64,${png.toString('base64')}`;

/** A plain page of Steady's colours showing `inner` (a picture or the tile's text), for a fixed-size image. */
async function frame(viewport: Viewport, inner: string): Promise<Page> {
  const p = await page(viewport);
  await p.setContent(`<!doctype html><html lang="en"><style>
    html, body { margin: 0; height: 100%; }
    body { display: flex; align-items: center; justify-content: center; gap: 56px; background: #e8efe9;
      font: 16px system-ui, sans-serif; color: #23272b; }
    .shot { box-shadow: 0 12px 40px rgba(0,0,0,0.18); border-radius: 12px; max-height: 720px; }
    h1 { font-size: 40px; margin: 0 0 12px; color: #245a4f; }
    p { font-size: 22px; margin: 0; max-width: 420px; line-height: 1.4; }
  </style><body>${inner}</body></html>`);
  await p.locator('img').evaluateAll((images) => Promise.all(images.map((i) => (i as HTMLImageElement).decode())));
  return p;
}

test('the pause card on the practice chat', async () => {
  const chat = await extensionPage('practice.html', SCREEN, false);
  const composer = chat.getByRole('textbox', { name: 'Message' });
  for (const text of ['hey', 'are you there?', 'hello??', 'just checking', 'ok call me']) {
    await composer.click();
    await chat.keyboard.type(text);
    await chat.keyboard.press('Enter');
    if (text !== 'ok call me') await expect.poll(() => composer.inputValue()).toBe('');
  }
  await card(chat).waitFor({ state: 'visible', timeout: 10_000 });
  await expect.poll(() => card(chat).evaluate((dialog) => getComputedStyle(dialog).opacity)).toBe('1');
  await chat.screenshot({ path: join(IMAGES, 'screenshot-1-card.png') });
});

test('the popup, with a week of pauses', async () => {
  await seedWeek(steady);
  const popup = await extensionPage('popup.html', { width: 360, height: 800 });
  const shot = await popup.locator('body').screenshot();
  const framed = await frame(SCREEN, `<img class="shot" alt="" src="${dataUrl(shot)}">
    <div><h1>Today at a glance</h1><p>How often Steady paused you, what you chose, and your last 7 days. Take a break for an hour or until tomorrow morning.</p></div>`);
  await framed.screenshot({ path: join(IMAGES, 'screenshot-2-popup.png') });
});

test('the settings page', async () => {
  const options = await extensionPage('options.html');
  await options.screenshot({ path: join(IMAGES, 'screenshot-3-options.png') });
});

test('the welcome page', async () => {
  const welcome = await extensionPage('welcome.html');
  await welcome.getByRole('heading', { name: 'Welcome to Steady', level: 1 }).waitFor();
  await welcome.screenshot({ path: join(IMAGES, 'screenshot-4-welcome.png') });
});

test('the small promo tile', async () => {
  const icon = readFileSync(join(ROOT, 'icons', 'icon-128.png'));
  const tile = await frame({ width: 440, height: 280 }, `<img alt="" width="96" height="96" src="${dataUrl(icon)}">
    <div style="max-width: 240px"><h1 style="font-size: 38px; margin-bottom: 8px">Steady</h1>
    <p style="font-size: 19px">A gentle pause before you text again. Have they proven reliable?</p></div>`);
  await tile.evaluate(() => { document.body.style.gap = '24px'; });
  await tile.screenshot({ path: join(IMAGES, 'promo-440x280.png') });
});
