/**
 * One source for Steady's look: every custom property a page stylesheet or the card uses is
 * defined in src/ui/tokens.css (or in the same file), for light and for dark. A misspelt or
 * renamed token would otherwise fall back silently to the browser's default colour.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CARD_CSS } from '../../src/content/card/styles';

const src = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');
const tokens = readFileSync(join(src, 'ui', 'tokens.css'), 'utf8');

const used = (css: string): string[] => [...new Set([...css.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]!))];
const defined = (css: string): Set<string> => new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]!));

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? cssFiles(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : []);
}

describe('design tokens (src/ui/tokens.css)', () => {
  it('defines every colour of the light palette again for dark mode', () => {
    const [light, dark] = tokens.split('@media (prefers-color-scheme: dark)');
    const colours = (css: string): string[] => [...css.matchAll(/(--[\w-]+)\s*:\s*#/g)].map((m) => m[1]!).sort();
    expect(colours(dark!)).toEqual(colours(light!));
  });

  it.each(cssFiles(src).map((file) => [relative(src, file), file]))('%s uses only defined tokens', (_, file) => {
    const css = readFileSync(file, 'utf8');
    const known = new Set([...defined(tokens), ...defined(css)]);
    expect(used(css).filter((name) => !known.has(name))).toEqual([]);
  });

  it("the card's stylesheet carries the tokens and uses only defined ones", () => {
    expect(CARD_CSS.startsWith(tokens)).toBe(true);
    expect(used(CARD_CSS).filter((name) => !defined(CARD_CSS).has(name))).toEqual([]);
  });
});
