// `npm start`: builds Steady and opens it in Chromium with the practice chat.
//
// Usage: node build/start.mjs [--headless] [--firefox]
//   With a display (DISPLAY or WAYLAND_DISPLAY set): opens a Chromium window with dist/chrome
//     loaded, using the profile in .cache/profile (kept between runs). On first install the
//     extension opens its welcome page with the practice chat; the script runs until you close the browser.
//   With no display (a server, CI) or with --headless: runs headless in a fresh profile, opens the
//     practice chat, sends five quick messages so Steady holds the fifth, and saves a screenshot
//     of the pause card to screenshots/practice-pause.png.
//   Chromium: /usr/lib/chromium/chromium, or CHROME_PATH, or a usual install path.
import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARD_NAME, MESSAGES, playOnePause } from './practice-pause.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

function fail(message, code = 1) {
  process.stderr.write(`start: ${message}\n`);
  process.exit(code);
}

for (const arg of args) {
  if (arg === '--firefox') fail('Firefox: run `npm run start:firefox` (npm start runs Chromium).', 2);
  if (arg !== '--headless') fail(`unknown option ${arg} (usage: node build/start.mjs [--headless])`, 2);
}

function findChromium() {
  if (process.env.CHROME_PATH && !existsSync(process.env.CHROME_PATH)) {
    fail(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist.`);
  }
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/lib/chromium/chromium', // Debian's real binary; /usr/bin/chromium is a shell wrapper
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ].filter(Boolean);
  return candidates.find((path) => existsSync(path));
}

// 1. Build.
const build = spawnSync(process.execPath, [join(root, 'build', 'build.mjs')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) fail('the build failed (see above).', build.status ?? 1);
const extensionDir = join(root, 'dist', 'chrome');
if (!existsSync(join(extensionDir, 'manifest.json'))) fail(`no ${extensionDir}/manifest.json after the build.`);

// 2. Find a browser.
const executablePath = findChromium();
if (!executablePath) {
  fail(
    'no Chromium found. Install it (Debian/Ubuntu: apt-get install -y chromium) or set CHROME_PATH\n' +
      `       to a Chromium-based browser; or load ${extensionDir} by hand at chrome://extensions (Load unpacked).`,
  );
}
if (/google-chrome|Google Chrome/.test(executablePath)) {
  process.stdout.write(
    'start: note: Google Chrome 137 and later ignore --load-extension. If Steady does not appear, use\n' +
      `       Chromium (CHROME_PATH=...) or load ${extensionDir} at chrome://extensions (Load unpacked).\n`,
  );
}

const headless = args.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const extensionArgs = [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`];
const launchOptions = {
  executablePath,
  headless: false, // headless comes from --headless=new below, which runs extensions
  ignoreDefaultArgs: ['--disable-extensions'],
};

async function extensionIdOf(context) {
  const isOurs = (sw) => sw.url().startsWith('chrome-extension://');
  let worker = context.serviceWorkers().find(isOurs);
  if (!worker) worker = await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 });
  return new URL(worker.url()).host;
}

if (headless) await runHeadless();
else await openWindow();

// ---------------------------------------------------------------------------------------------

/** Headed: a real window with a kept profile; runs until the browser is closed. */
async function openWindow() {
  const profileDir = join(root, '.cache', 'profile');
  mkdirSync(profileDir, { recursive: true });
  const context = await chromium
    .launchPersistentContext(profileDir, {
      ...launchOptions,
      viewport: null, // the window's own size
      args: [...extensionArgs, ...(isRoot ? ['--no-sandbox'] : []), '--no-first-run', '--no-default-browser-check'],
    })
    .catch((error) => fail(`could not open a Chromium window (${String(error.message).split('\n')[0]}).\n` +
      '       Is the display reachable? `npm start -- --headless` runs without one.'));
  const closed = new Promise((resolve) => context.on('close', resolve));
  const shutdown = () => context.close().catch(() => {});
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  let id;
  try {
    id = await extensionIdOf(context);
  } catch {
    process.stderr.write('start: the browser started but Steady did not load (no extension service worker).\n');
  }
  if (id) {
    const practiceUrl = `chrome-extension://${id}/practice.html`;
    // On first install the extension opens its welcome page (with the practice chat in it) itself;
    // on later runs, open the practice chat here.
    const welcomeUrl = `chrome-extension://${id}/welcome.html`;
    const opened = () => context.pages().some((p) => p.url().startsWith(practiceUrl) || p.url().startsWith(welcomeUrl));
    const deadline = Date.now() + 2_000;
    while (!opened() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const blank = context.pages().find((p) => p.url() === 'about:blank');
    if (!opened()) await (blank ?? (await context.newPage())).goto(practiceUrl).catch(() => {});
    else if (blank && context.pages().length > 1) await blank.close().catch(() => {});
    process.stdout.write(
      `Steady is running in Chromium (extension id ${id}).\n` +
        `Practice chat: ${practiceUrl}\n` +
        `Profile: ${profileDir}\n` +
        'Close the browser window to stop.\n',
    );
  }
  await closed;
}

/** Headless: play one pause on the practice page and keep a screenshot of the card. */
async function runHeadless() {
  const profileDir = mkdtempSync(join(tmpdir(), 'steady-start-'));
  const context = await chromium
    .launchPersistentContext(profileDir, {
      ...launchOptions,
      viewport: { width: 1280, height: 800 },
      args: [
        '--headless=new',
        ...extensionArgs,
        ...(isRoot ? ['--no-sandbox'] : []),
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    })
    .catch((error) => {
      rmSync(profileDir, { recursive: true, force: true });
      fail(`could not start headless Chromium: ${String(error.message).split('\n')[0]}`);
    });
  const shot = join(root, 'screenshots', 'practice-pause.png');
  mkdirSync(dirname(shot), { recursive: true });
  let exitCode = 0;
  try {
    const id = await extensionIdOf(context).catch(() => {
      throw new Error('Steady did not load: no extension service worker appeared within 15 s.');
    });
    await playOnePause(context, {
      extensionId: id,
      screenshotPath: shot,
      failurePath: join(dirname(shot), 'practice-no-card.png'),
    });
    process.stdout.write(
      `${shot}\n` +
        `Steady held the ${MESSAGES.length}th quick message on the practice chat and asked "${CARD_NAME}" (headless Chromium).\n`,
    );
  } catch (error) {
    process.stderr.write(`start: ${error instanceof Error ? error.message : String(error)}\n`);
    exitCode = 1;
  } finally {
    await context.close().catch(() => {});
    rmSync(profileDir, { recursive: true, force: true });
  }
  process.exit(exitCode);
}
