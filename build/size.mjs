// Gzip size of every built script against its budget. Deterministic (unlike timings), so `npm test`
// runs it after the build and fails when a script outgrows its budget.
// Usage: node build/size.mjs [--json]   (reads dist/chrome and dist/firefox)
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const KB = 1024;

/**
 * Budgets in gzip bytes, the one place they live. content.js runs in every chat frame on every
 * page load; card.js loads only when a pause is near; the rest run in extension pages.
 */
export const SIZE_BUDGETS = {
  // 10 KB in 0.1; the streak rule, learned send keys, edit and thread checks and the site health
  // counters brought it to ~15 KB. Still no zod, no polyfill, and the card stays a separate, lazy file.
  'content.js': 16 * KB,
  'card.js': 12 * KB,
  // Wakes for install, storage and permission events and card requests, never on a page's hot path;
  // it carries the site registry, since a custom site may not overlap a built-in one.
  'background.js': 17 * KB,
  // An extension page opened now and then; "Hold me to my settings" (its list, rules and store) added ~3.4 KB.
  // The streak section added ~0.6 KB.
  'options.js': 32 * KB,
  // Today, the week, the site check, the streak week and the bent-rules table.
  'popup.js': 22 * KB,
  // The practice chat and the welcome page carry the card themselves: nothing can be injected into extension pages.
  // They grew with the card (answers, streak line, typed words, longer breath).
  'practice.js': 27 * KB,
  'welcome.js': 27 * KB,
};
/** A script added without a budget of its own (a new page) still gets one. */
export const DEFAULT_BUDGET = 20 * KB;

/** [{ browser, file, bytes, gzip, budget, ok }] for every .js at the top of dist/<browser>. */
export function measureSizes(dist = join(root, 'dist')) {
  const rows = [];
  for (const browser of ['chrome', 'firefox']) {
    const dir = join(dist, browser);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) {
      const code = readFileSync(join(dir, file));
      const gzip = gzipSync(code, { level: 9 }).length;
      const budget = SIZE_BUDGETS[file] ?? DEFAULT_BUDGET;
      rows.push({ browser, file, bytes: code.length, gzip, budget, ok: gzip <= budget });
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let rows;
  try {
    rows = measureSizes();
  } catch (error) {
    process.stderr.write(`size: cannot read dist/ (${error.message}): run \`npm run build\` first.\n`);
    process.exit(1);
  }
  if (process.argv.includes('--json')) {
    process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
  } else {
    const kb = (n) => `${(n / KB).toFixed(1)} KB`;
    for (const r of rows) {
      const budget = `${kb(r.budget)}${r.file in SIZE_BUDGETS ? '' : ' (default)'}`;
      process.stdout.write(`${r.ok ? 'ok  ' : 'OVER'} ${r.browser.padEnd(8)}${r.file.padEnd(16)}${kb(r.bytes).padStart(9)} min ${kb(r.gzip).padStart(8)} gzip  budget ${budget}\n`);
    }
  }
  const over = rows.filter((r) => !r.ok);
  if (over.length) {
    process.stderr.write(`size: ${over.map((r) => `${r.browser}/${r.file}`).join(', ')} over budget (build/size.mjs)\n`);
    process.exit(1);
  }
}
