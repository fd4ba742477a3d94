/**
 * Accessibility in real Chromium: axe-core (default WCAG 2.x A/AA rules) on the pause card, the
 * options page, the popup and the welcome page, in light and dark mode, with 0 violations
 * expected. The same run writes the screenshots in docs/screenshots/ that the README shows.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { card, fixClock, openChat, SCREENSHOT_TIME, seedWeek, sendMessages, setSettings, typeDraft, useSteady, waitForCard } from './harness';

const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots');
const MODES = ['light', 'dark'] as const;
type Mode = (typeof MODES)[number];

interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}
declare const window: { axe: { run(context: unknown, options: unknown): Promise<{ violations: Violation[] }> } };

mkdirSync(SCREENSHOTS, { recursive: true });
const steady = useSteady({ settings: null });

/** Injects axe and runs it; `include` scopes it to Steady's own elements. Returns readable violations. */
async function audit(page: Page, include?: string[]): Promise<string[]> {
  // Evaluated through the DevTools protocol: the extension pages' CSP forbids an inline <script>.
  await page.evaluate(axe.source);
  const violations = await page.evaluate(
    ([selectors]) => window.axe.run(selectors ? { include: selectors.map((s) => [s]) } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    }).then((r) => r.violations),
    [include] as const,
  );
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact ?? '?'}): ${v.help} at ${JSON.stringify(n.target)}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`));
}

/**
 * Text contrast inside the card, measured here because axe cannot: the card is a modal <dialog> in
 * the top layer under a `display: contents` host, and axe reports every card text as "unable to
 * determine contrast ratio" (incomplete, not a pass). Each element with its own text is compared
 * with the nearest opaque background inside the card, by the WCAG 2.x formula (4.5:1, or 3:1 for
 * large text). Disabled controls are exempt, as in WCAG.
 */
function cardContrast(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgb = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]): number => {
      const f = (v: number): number => { const x = v / 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    const root = document.querySelector('steady-pause')!.shadowRoot!;
    const failures: string[] = [];
    for (const el of root.querySelectorAll<HTMLElement>('dialog, dialog *')) {
      const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (!hasText || el.closest('button:disabled') || !el.checkVisibility()) continue;
      const style = getComputedStyle(el);
      let bg: number[] | null = null;
      for (let at: HTMLElement | null = el; at; at = at.parentElement) {
        const c = rgb(getComputedStyle(at).backgroundColor);
        if (c.length === 3 || c[3] === 1) { bg = c.slice(0, 3); break; }
      }
      const fg = rgb(style.color);
      const [a, b] = [lum(fg), lum(bg!)].sort((x, y) => y - x);
      const ratio = (a! + 0.05) / (b! + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) failures.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent!.trim().slice(0, 30)}": ${ratio.toFixed(2)}:1 (${style.color} on rgb(${bg!.join(', ')}))`);
    }
    return failures;
  });
}

async function extensionPage(path: string, mode: Mode, viewport: { width: number; height: number }): Promise<Page> {
  const page = await steady.newPage();
  await fixClock(page);
  await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme: mode, reducedMotion: 'reduce' });
  await page.goto(`chrome-extension://${steady.extensionId}/${path}`);
  return page;
}

/** A fixture chat with the card open after a fast fifth message. */
async function cardPage(mode: Mode, breathSeconds: number): Promise<Page> {
  await setSettings(steady, { breathSeconds });
  const page = await steady.newPage();
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.emulateMedia({ colorScheme: mode, reducedMotion: 'reduce' });
  await openChat(steady.context, 'textarea', { page });
  await sendMessages(page, 4);
  await typeDraft(page, 'are you there?');
  await page.keyboard.press('Enter');
  await waitForCard(page);
  return page;
}

describe.each(MODES)('%s mode', (mode) => {
  test('the pause card has no axe violations', async () => {
    const page = await cardPage(mode, 0);
    await card(page).getByRole('button', { name: 'Send anyway', exact: true }).waitFor();
    // The fixture chat behind the card is test scaffolding, not Steady (on the whole document axe's
    // only finding is the fixture's own textarea, which copies a site's aria-expanded): axe looks at
    // Steady's card, the steady-pause element, and walks into its open shadow root.
    expect(await audit(page, ['steady-pause'])).toEqual([]);
    expect(await cardContrast(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, `card-${mode}.png`) });
    await page.close();
  });

  test('the pause card during the breath countdown has no axe violations', async () => {
    const page = await cardPage(mode, 30);
    expect(await audit(page, ['steady-pause'])).toEqual([]);
    expect(await cardContrast(page)).toEqual([]);
    await page.close();
  });

  test('the options page has no axe violations', async () => {
    const page = await extensionPage('options.html', mode, { width: 1000, height: 700 });
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await audit(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, `options-${mode}.png`), fullPage: true });
    await page.close();
  });

  test('the popup has no axe violations', async () => {
    // A sample week, so the chart has bars to check and to show, on a fixed day so the picture never changes.
    await seedWeek(steady);
    const page = await extensionPage('popup.html', mode, { width: 360, height: 700 });
    await page.getByRole('heading').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await audit(page)).toEqual([]);
    await page.locator('body').screenshot({ path: join(SCREENSHOTS, `popup-${mode}.png`) });
    await page.close();
  });

  test('the welcome page has no axe violations', async () => {
    const page = await extensionPage('welcome.html', mode, { width: 1000, height: 700 });
    await page.getByRole('heading', { name: 'Welcome to Steady', level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await audit(page)).toEqual([]);
    await page.close();
  });
});

describe.each(MODES)('%s mode: making the pause stick', (mode) => {
  test('the card with the typed-words field and the longer-breath line has no axe violations', async () => {
    const page = await cardPage(mode, 0);
    // A second pause in the run, with a breath to grow and words to type: both the line and the field show.
    await page.keyboard.press('Escape');
    await setSettings(steady, { breathSeconds: 1, typeOwnWords: true, ownWords: 'Slow is kind.' });
    const field = card(page).getByRole('textbox', { name: 'Type your own words to send anyway' });
    await page.locator('textarea').first().focus();
    await page.keyboard.press('Enter');
    await waitForCard(page);
    await card(page).getByText(/A longer breath this time/).waitFor();
    await field.pressSequentially('slow');
    expect(await audit(page, ['steady-pause'])).toEqual([]);
    expect(await cardContrast(page)).toEqual([]);
    await page.close();
  });

  test('the options page with held changes has no axe violations', async () => {
    await setSettings(steady, { holdMe: true, holdHours: 12 });
    const now = Date.now();
    await steady.worker.evaluate((changes) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ pendingChanges: changes }), [
      { path: 'limit', value: 9, madeAt: now, dueAt: now + 12 * 3_600_000 },
      { path: 'sites.slack', value: false, madeAt: now, dueAt: now + 12 * 3_600_000 },
    ]);
    const page = await extensionPage('options.html', mode, { width: 1000, height: 700 });
    await page.getByRole('region', { name: 'Changes waiting to take effect' }).getByRole('button').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await audit(page)).toEqual([]);
    await page.close();
  });

  test('the popup with snoozes and looser settings in the week has no axe violations', async () => {
    // The page's clock is frozen at SCREENSHOT_TIME (extensionPage), so "today" is that day.
    await steady.worker.evaluate(async (at) => {
      const day = new Date(at);
      const key = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
      await (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ stats: { days: { [key]: { shown: 2, waited: 1, keptEditing: 0, sentAnyway: 1, snoozed: 1, loosened: 2 } } } });
    }, SCREENSHOT_TIME);
    const page = await extensionPage('popup.html', mode, { width: 360, height: 700 });
    await page.getByRole('table', { name: 'When the rules bent' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await audit(page)).toEqual([]);
    await page.close();
  });
});
