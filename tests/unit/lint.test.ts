/**
 * The project's lint rules, shown failing: each deliberately broken file below is linted with the
 * real .oxlintrc.json and build/lint-plugin.mjs (copied into a scratch tree with the same src/,
 * tests/ and build/ layout), and must get exactly the findings listed for it; the allowed forms
 * must get none. One oxlint run for all of them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const lines = (n: number): string => Array.from({ length: n }, (_, i) => `export const v${i} = ${i};\n`).join('');

/** path in the scratch tree -> [source, the rule codes it must (only) get]. */
const CASES: Record<string, [string, string[]]> = {
  'src/console.ts': ["console.log('hi');\n", ['eslint(no-console)']],
  'src/console-table.ts': ['console.table([1]);\n', ['eslint(no-console)']],
  'src/console-warn-ok.ts': ["console.warn('outside the content script');\n", []],
  'src/content/console-warn.ts': ["console.warn('into the page');\n", ['eslint(no-console)']],
  'src/content/console-error.ts': ["console.error('into the page');\n", ['eslint(no-console)']],
  'src/net-fetch.ts': ["void fetch('https://example.org');\n", ['eslint(no-restricted-globals)']],
  'src/net-window-fetch.ts': ["void window.fetch('https://example.org');\n", ['eslint(no-restricted-properties)']],
  'src/net-xhr.ts': ['export const x = new XMLHttpRequest();\n', ['eslint(no-restricted-globals)']],
  'src/net-websocket.ts': ["export const w = new WebSocket('wss://example.org');\n", ['eslint(no-restricted-globals)']],
  'src/net-eventsource.ts': ["export const e = new EventSource('/events');\n", ['eslint(no-restricted-globals)']],
  'src/net-beacon.ts': ["navigator.sendBeacon('/b', 'x');\n", ['eslint(no-restricted-properties)']],
  'src/net-import-scripts.ts': ["importScripts('x.js');\n", ['eslint(no-restricted-globals)']],
  'src/html-inner.ts': ["document.body.innerHTML = '<b>x</b>';\n", ['eslint(no-restricted-properties)']],
  'src/html-outer.ts': ["document.body.outerHTML = '<b>x</b>';\n", ['eslint(no-restricted-properties)']],
  'src/html-adjacent.ts': ["document.body.insertAdjacentHTML('beforeend', '<b>x</b>');\n", ['eslint(no-restricted-properties)']],
  'src/html-write.ts': ["document.write('<b>x</b>');\n", ['eslint(no-restricted-properties)']],
  'src/html-fragment.ts': ["document.createRange().createContextualFragment('<b>x</b>');\n", ['eslint(no-restricted-properties)']],
  'src/html-unsafe.ts': ["document.body.setHTMLUnsafe('<b>x</b>');\n", ['eslint(no-restricted-properties)']],
  'src/html-danger.tsx': ["export const C = () => <div dangerouslySetInnerHTML={{ __html: '<b>x</b>' }} />;\n", ['react(no-danger)']],
  'src/debugger.ts': ['export function f(): void {\n  debugger;\n}\n', ['eslint(no-debugger)']],
  'build/debugger.mjs': ['export function f() {\n  debugger;\n}\n', ['eslint(no-debugger)']],
  'tests/only.test.ts': ["import { it } from 'vitest';\nit.only('runs alone', () => {});\n", ['vitest(no-focused-tests)']],
  'tests/describe-only.test.ts': ["import { describe } from 'vitest';\ndescribe.only('runs alone', () => {});\n", ['vitest(no-focused-tests)']],
  'tests/skip.test.ts': ["import { test } from 'vitest';\ntest.skip('never runs', () => {});\n", ['vitest(no-disabled-tests)']],
  'tests/todo.test.ts': ["import { it } from 'vitest';\nit.todo('later');\n", ['vitest(warn-todo)']],
  'src/any.ts': ['export const x: any = 1;\n', ['typescript(no-explicit-any)']],
  'src/any-as.ts': ['export const x = 1 as any;\n', ['typescript(no-explicit-any)']],
  'tests/any.test.ts': ['export const x: any[] = [];\n', ['typescript(no-explicit-any)']],
  'src/any-no-reason.ts': ['// oxlint-disable-next-line typescript/no-explicit-any\nexport const x: any = 1;\n', ['steady(disable-needs-reason)']],
  'src/any-with-reason.ts': ['// oxlint-disable-next-line typescript/no-explicit-any -- the library types this as any\nexport const x: any = 1;\n', []],
  'src/ts-ignore.ts': ['// @ts-ignore\nexport const x: number = 1;\n', ['typescript(ban-ts-comment)']],
  'src/ts-nocheck.ts': ['// @ts-nocheck\nexport const x = 1;\n', ['typescript(ban-ts-comment)']],
  'src/ts-expect-bare.ts': ["// @ts-expect-error\nexport const x: number = 'a';\n", ['typescript(ban-ts-comment)']],
  'src/ts-expect-reason.ts': ["// @ts-expect-error: shows the type error on purpose\nexport const x: number = 'a';\n", []],
  'src/todo.ts': ['// TODO: later\nexport const x = 1;\n', ['steady(todo-needs-issue)']],
  'src/fixme-block.ts': ['/*\n * FIXME(soon) make it faster\n */\nexport const x = 1;\n', ['steady(todo-needs-issue)']],
  'tests/todo-comment.test.ts': ['// TODO tidy this up\nexport const x = 1;\n', ['steady(todo-needs-issue)']],
  'src/todo-ok.ts': ['// TODO(#12): later\n// FIXME: see https://example.org/issues/12\n// a todo list in prose is fine\nexport const x = 1;\n', []],
  'src/long.ts': [lines(251), ['eslint(max-lines)']],
  'src/long-ok.ts': [lines(250), []],
  'tests/long-ok.test.ts': [lines(400), []],
  'build/console-ok.mjs': ["console.log('build scripts print');\n", []],
  'tests/fixtures/build/generated.js': ['debugger;\n', []],
  'src/clean.ts': ["export const words = 'fetch innerHTML console.log debugger any TODO';\n", []],
};

interface Diagnostic { code: string; filename: string }
let scratch = '';
let found = new Map<string, string[]>();

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'steady-lint-'));
  cpSync(join(root, '.oxlintrc.json'), join(scratch, '.oxlintrc.json'));
  mkdirSync(join(scratch, 'build'));
  cpSync(join(root, 'build', 'lint-plugin.mjs'), join(scratch, 'build', 'lint-plugin.mjs'));
  for (const [path, [source]] of Object.entries(CASES)) {
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    writeFileSync(join(scratch, path), source);
  }
  const run = spawnSync(join(root, 'node_modules', '.bin', 'oxlint'), ['-f', 'json', '.'], { cwd: scratch, encoding: 'utf8' });
  const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: Diagnostic[] };
  found = new Map();
  for (const d of diagnostics) found.set(d.filename, [...(found.get(d.filename) ?? []), d.code]);
}, 30_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('lint (.oxlintrc.json)', () => {
  it.each(Object.entries(CASES))('%s gets exactly its findings', (path, [, expected]) => {
    expect(found.get(path) ?? []).toEqual(expected);
  });

  it('reports nothing outside the cases', () => {
    expect([...found.keys()].filter((path) => !(path in CASES))).toEqual([]);
  });
});
