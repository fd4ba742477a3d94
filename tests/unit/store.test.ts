/**
 * docs/store/ agrees with the code: the listing per locale, a justification for every permission
 * and host the built manifests ask for, the reviewers' build command, and images of the sizes the
 * stores accept (the images themselves are made by tests/e2e/store-images.test.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../build/manifest.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const STORE = join(ROOT, 'docs', 'store');
const LOCALES = ['en', 'de', 'es', 'fr'] as const;
/** Chrome Web Store: the summary (the manifest's description) may be at most 132 characters. */
const CHROME_SUMMARY_MAX = 132;

const read = (path: string): string => readFileSync(join(STORE, path), 'utf8');

/** The text under `## heading` in a listing file, up to the next heading. */
function section(markdown: string, heading: string): string {
  const match = new RegExp(`^## ${heading}\\n([\\s\\S]*?)(?=^## |(?![\\s\\S]))`, 'm').exec(markdown);
  return match?.[1]?.trim() ?? '';
}

describe.each(LOCALES)('the %s listing', (locale) => {
  const listing = read(join('listing', `${locale}.md`));
  const messages = JSON.parse(readFileSync(join(ROOT, 'src', '_locales', locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

  it('has the manifest\'s name and description, the description short enough for Chrome', () => {
    expect(section(listing, 'Name')).toBe(messages.extensionName?.message);
    const short = section(listing, 'Short description');
    expect(short).toBe(messages.extensionDescription?.message);
    expect([...short].length).toBeLessThanOrEqual(CHROME_SUMMARY_MAX);
  });

  it('has a long description that names the card\'s question and the privacy promise', () => {
    const long = section(listing, 'Long description');
    expect(long.length).toBeGreaterThan(600);
    expect(long.length).toBeLessThanOrEqual(16_000);
    expect(long).toContain(messages.cardQuestion?.message ?? 'the card question');
  });
});

describe('Chrome Web Store', () => {
  const text = read('chrome-web-store.md');

  it('states the single purpose', () => {
    expect(section(text, 'Privacy practices')).toMatch(/### Single purpose\n\n> Steady pauses a message/);
  });

  it('justifies every permission and host the built manifests ask for', () => {
    const asked = new Set<string>();
    for (const browser of ['chrome', 'firefox'] as const) {
      const manifest = manifestFor(browser, { root: ROOT }) as { permissions?: string[]; host_permissions?: string[]; optional_host_permissions?: string[] };
      for (const p of [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? []), ...(manifest.optional_host_permissions ?? [])]) asked.add(p);
    }
    const justifications = text.slice(text.indexOf('### Permission justifications'));
    expect([...asked].filter((p) => !justifications.includes(`\`${p}\``))).toEqual([]);
    expect(asked.size).toBeGreaterThan(3);
  });
});

describe('addons.mozilla.org', () => {
  it('gives reviewers the exact commands that rebuild the add-on from the source zip', () => {
    const text = read('addons-mozilla-org.md');
    const notes = section(text, 'Notes for reviewers');
    expect(notes).toContain('> npm ci\n> npm run build\n');
    expect(notes).toContain('dist/firefox/');
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.build).toBe('node build/build.mjs');
  });
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const data = readFileSync(path);
  expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

describe('store images', () => {
  it.each([
    ['screenshot-1-card.png', 1280, 800],
    ['screenshot-2-popup.png', 1280, 800],
    ['screenshot-3-options.png', 1280, 800],
    ['screenshot-4-welcome.png', 1280, 800],
    ['promo-440x280.png', 440, 280],
  ])('%s is %i×%i', (name, width, height) => {
    const path = join(STORE, 'images', name);
    expect(existsSync(path), `${path}: run tests/e2e/store-images.test.ts`).toBe(true);
    expect(pngSize(path)).toEqual([width, height]);
  });
});
