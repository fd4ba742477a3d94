/**
 * docs/PRIVACY.md must name every storage key the code writes.
 *
 * The convention this test holds the code to (design.md: one module per stored thing):
 * - a storage key is an exported string constant named `<THING>_KEY` in the one module that reads,
 *   parses and writes it; a family of keys (one per conversation) is an exported `<THING>_KEY_PREFIX`;
 * - a storage write (`writeStorage(area, { … })`, `storage.<area>.set({ … })`) names its key through
 *   such a constant (`{ [STATS_KEY]: … }`), or, in src/platform only, as a literal.
 * A write that uses another name for its key fails here, so a new stored thing cannot slip past the policy.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SRC = join(ROOT, 'src');
const POLICY = readFileSync(join(ROOT, 'docs', 'PRIVACY.md'), 'utf8');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const FILES = sources(SRC).map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));

/** `export const X_KEY = 'value'` and `export const X_KEY_PREFIX = 'value'`. */
function keyConstants(): Map<string, string> {
  const found = new Map<string, string>();
  for (const { text } of FILES) {
    for (const m of text.matchAll(/export const ([A-Z][A-Z0-9_]*_KEY(?:_PREFIX)?)\s*(?::\s*string\s*)?=\s*['"`]([^'"`]+)['"`]/g)) {
      found.set(m[1]!, m[2]!);
    }
  }
  return found;
}

/** The first key of every object literal passed to a storage write, as written in the source. */
function writtenKeys(): { file: string; key: string }[] {
  const writes: { file: string; key: string }[] = [];
  const call = /(?:writeStorage\(\s*['"]\w+['"]\s*,|\.set\()\s*\{\s*(\[[^\]]+\]|'[^']+'|"[^"]+"|[A-Za-z_$][\w$]*)\s*:/g;
  for (const { path, text } of FILES) for (const m of text.matchAll(call)) writes.push({ file: path, key: m[1]! });
  return writes;
}

describe('docs/PRIVACY.md', () => {
  const constants = keyConstants();

  it('the scan finds the keys Steady is known to store (so a broken scan cannot pass quietly)', () => {
    expect([...constants.values()]).toEqual(expect.arrayContaining(['settings', 'customSites', 'stats', 'snoozeUntil', 'tally:']));
  });

  it('names every storage key constant in src/', () => {
    const missing = [...constants].filter(([, value]) => !POLICY.includes(`\`${value}`)).map(([name, value]) => `${name} = '${value}'`);
    expect(missing, 'keys the code stores that docs/PRIVACY.md does not name').toEqual([]);
  });

  it('every storage write names its key through a *_KEY constant (or a literal in src/platform that the policy names)', () => {
    const writes = writtenKeys();
    expect(writes.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const { file, key } of writes) {
      const computed = /^\[\s*([A-Za-z_$][\w$]*)/.exec(key);
      if (computed) {
        const name = computed[1]!;
        // A computed key must be one of the key constants (a prefix may be followed by `+ id`).
        if (!constants.has(name)) problems.push(`${file}: storage key ${key} is not an exported *_KEY / *_KEY_PREFIX constant`);
        continue;
      }
      const literal = key.replace(/^['"]|['"]$/g, '');
      if (!file.startsWith('src/platform/')) problems.push(`${file}: literal storage key '${literal}' outside src/platform (use a *_KEY constant)`);
      else if (!POLICY.includes(`\`${literal}\``)) problems.push(`${file}: storage key '${literal}' is not named in docs/PRIVACY.md`);
    }
    expect(problems).toEqual([]);
  });

  it('names the keys that other parts of Steady store (the unanswered streak, learned send keys, delayed settings)', () => {
    for (const key of ['streaks', 'installSecret', 'sendKeys', 'pendingChanges']) expect(POLICY).toContain(`\`${key}\``);
  });
});
