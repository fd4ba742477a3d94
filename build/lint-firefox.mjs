// `npm run lint:firefox`: Mozilla's own linter (web-ext lint, the checks addons.mozilla.org runs) on
// dist/firefox. Fails on any error and on any warning: the stores' bar is zero of each.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const run = spawnSync(process.execPath, [
  join(root, 'node_modules', 'web-ext', 'bin', 'web-ext.js'), 'lint', '--source-dir', join(root, 'dist', 'firefox'), '--output', 'json', '--no-config-discovery',
], { cwd: root, encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{')));
} catch {
  process.stderr.write(`lint:firefox: web-ext lint gave no report (exit ${run.status}).\n${run.stdout}\n${run.stderr}\n`);
  process.exit(1);
}
const line = (kind, m) => `  ${kind} ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}\n`;
for (const e of report.errors) process.stdout.write(line('error  ', e));
for (const w of report.warnings) process.stdout.write(line('warning', w));
process.stdout.write(`web-ext lint dist/firefox: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices\n`);
process.exit(report.errors.length === 0 && report.warnings.length === 0 ? 0 : 1);
