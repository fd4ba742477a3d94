// `npm run start:firefox`: builds Steady and runs dist/firefox in Firefox through `web-ext run`
// (a temporary add-on in a fresh profile; it reloads itself when dist/firefox changes).
//
// Usage: node build/start-firefox.mjs [--headless]
//   Firefox: /usr/bin/firefox-esr, or FIREFOX_PATH. Headless when there is no display (a server,
//   CI) or with --headless. The extension opens its practice chat on install, and --start-url
//   opens it too where the extension page is already reachable. Ctrl+C stops it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GECKO_ID } from './manifest.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
// A fixed moz-extension:// origin, so the practice chat has a URL known before start.
const UUID = '5e4d1a70-57ea-4d1e-9a5e-5734d7000001';

function fail(message, code = 1) {
  process.stderr.write(`start:firefox: ${message}\n`);
  process.exit(code);
}

for (const arg of args) if (arg !== '--headless') fail(`unknown option ${arg} (usage: node build/start-firefox.mjs [--headless])`, 2);

const firefox = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'].find(existsSync);
if (!firefox || !existsSync(firefox)) {
  fail('no Firefox found. Install it (Debian: apt-get install -y firefox-esr) or set FIREFOX_PATH.\n' +
    '       Or load dist/firefox/manifest.json by hand at about:debugging#/runtime/this-firefox.');
}

const build = spawnSync(process.execPath, [join(root, 'build', 'build.mjs')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) fail('the build failed (see above).', build.status ?? 1);

const headless = args.includes('--headless') || (process.platform === 'linux' && !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY));
const practice = `moz-extension://${UUID}/practice.html`;
const webExt = join(root, 'node_modules', 'web-ext', 'bin', 'web-ext.js');
const runArgs = [
  webExt, 'run',
  '--source-dir', join(root, 'dist', 'firefox'),
  '--target', 'firefox-desktop',
  '--firefox', firefox,
  '--no-config-discovery',
  `--pref=extensions.webextensions.uuids=${JSON.stringify({ [GECKO_ID]: UUID })}`,
  '--start-url', practice,
  ...(headless ? ['--arg=--headless'] : []),
];
process.stdout.write(`Starting ${firefox}${headless ? ' (headless: no display)' : ''} with dist/firefox.\nPractice chat: ${practice}\n`);
const child = spawn(process.execPath, runArgs, { cwd: root, stdio: 'inherit' });
const stop = () => child.kill('SIGINT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => process.exit(code ?? 0));
