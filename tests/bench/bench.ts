/**
 * `npm run bench` (build/bench.mjs bundles and runs this): what Steady costs a person who types,
 * measured in real headless Chromium with the built extension and without it, in one run,
 * alternating the two. Prints a table and writes bench-results/latest.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { measureSizes, SIZE_BUDGETS } from '../../build/size.mjs';
import { startFixtureServer } from '../e2e/fixture-server';
import { bundleFixtures } from '../fixtures/bundle';
import { FIXTURE_HOSTS } from '../fixtures/catalog';
import { stats, type Stats } from './stats';

const CHROMIUM = '/usr/lib/chromium/chromium';

/** Where each fixture lives (as in tests/e2e/harness.ts). A fixture that lands later adds a line here. */
const FIXTURE_URLS: Record<string, string> = {
  whatsapp: 'web.whatsapp.com/',
  slack: 'app.slack.com/client/T01/C01',
  textarea: 'discord.com/channels/@me/100',
  discord: 'discord.com/channels/@me/100',
};

const BUDGET = { typingRatio: 1.02, timeToCardMs: 16, startupMs: 2, idleCallbacks: 0, contentGzip: SIZE_BUDGETS['content.js'] };

const args = Object.fromEntries(process.argv.slice(2).filter((a) => a.startsWith('--')).map((a) => {
  const [key = '', value = 'true'] = a.slice(2).split('=');
  return [key, value];
}));
const quick = args.quick === 'true';
const ROOT = args.root ?? process.cwd();
const PROBE_DIR = args.probe ?? join(ROOT, '.cache', 'bench', 'probe-chrome');
const FIXTURES = (args.fixtures ?? 'whatsapp').split(',').filter((name) => name !== '' && name !== 'none');
const ROUNDS = Number(args.rounds ?? (quick ? 1 : 3));
const KEYS = Number(args.keys ?? (quick ? 400 : 2000));
const SEND_EVERY = 40;
const IDLE_MS = Number(args.idle ?? (quick ? 2000 : 10_000));
const CARD_TRIALS = Number(args.cards ?? (quick ? 3 : 7));
const STARTUPS = Number(args.startups ?? (quick ? 3 : 7));

for (const fixture of FIXTURES) if (!FIXTURE_URLS[fixture]) throw new Error(`unknown fixture ${fixture}: add it to FIXTURE_URLS in tests/bench/bench.ts`);

// ---------------------------------------------------------------------------------------------
// Browsers

interface Browser { context: BrowserContext; close(): Promise<void>; worker?: { evaluate<R>(fn: () => R | Promise<R>): Promise<R> } }

async function launch(extensionDir: string | null): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'steady-bench-'));
  const hostRules = FIXTURE_HOSTS.map((host) => `MAP ${host} 127.0.0.1`).join(', ');
  const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic', `--host-resolver-rules=${hostRules}`];
  if (extensionDir) flags.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: false, ignoreHTTPSErrors: true, args: flags });
  const close = async (): Promise<void> => {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  };
  if (!extensionDir) return { context, close };
  const isOurs = (w: { url(): string }): boolean => w.url().startsWith('chrome-extension://');
  const worker = context.serviceWorkers().find(isOurs) ?? await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 10_000 });
  return { context, close, worker };
}

/** Settings for a run; session tallies cleared so every run starts from nothing. */
async function prepare(browser: Browser, limit: number): Promise<void> {
  if (!browser.worker) return;
  const settings = { version: 1, enabled: true, limit, windowSeconds: 60, cooldownMinutes: 10, breathSeconds: 0, sites: { whatsapp: true, slack: true, discord: true } };
  await browser.worker.evaluate(new Function(`return Promise.all([chrome.storage.session.clear(), chrome.storage.sync.set({ settings: ${JSON.stringify(settings)} })])`) as () => Promise<void>);
}

let port = 0;
async function openFixture(browser: Browser, fixture: string, isolated = false): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const [host, ...rest] = (FIXTURE_URLS[fixture] ?? '').split('/');
  // Isolated (COOP + COEP): 5 µs timer resolution for the typing latencies instead of 100 µs.
  await page.goto(`https://${host}:${port}/${rest.join('/')}${isolated ? '?isolated' : ''}`);
  await page.waitForFunction(() => window.__ready === true, undefined, { timeout: 10_000 });
  await page.evaluate(() => window.__composer.focus());
  return { page, cdp };
}

// ---------------------------------------------------------------------------------------------
// Keys through CDP: trusted, as from a keyboard.

function keyFor(char: string): Record<string, unknown> {
  if (char === '\n') return { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' };
  if (char === ' ') return { key: ' ', code: 'Space', windowsVirtualKeyCode: 32, text: ' ' };
  return { key: char, code: `Key${char.toUpperCase()}`, windowsVirtualKeyCode: char.toUpperCase().charCodeAt(0), text: char };
}

/**
 * 39 letters and spaces, then Enter: one send every 40 keystrokes. The last message stays a draft,
 * so warm-up (1 send) + 2,000 keys (49 sends) stay within the highest limit there is (50 per window).
 */
function script(keys: number, lastSends = true): string[] {
  const words = 'steady keeps the pace of a calm conversation going';
  return Array.from({ length: keys }, (_, i) => ((i + 1) % SEND_EVERY === 0 && (lastSends || i < keys - 1) ? '\n' : words[i % words.length] ?? 'a'));
}

async function press(cdp: CDPSession, char: string): Promise<void> {
  const key = keyFor(char);
  // keyDown is acknowledged once the renderer handled it; keyUp queues behind it.
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key });
  const { text: _text, ...up } = key;
  void cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...up }).catch(() => {});
}

/**
 * In the page: each keystroke's time from the key event (its timeStamp, i.e. when the browser
 * dispatched it, before any listener ran, the extension's included) to the editor's update (its
 * first DOM change in the composer, or the input event of a textarea).
 */
function installLatencyMeter(): void {
  const latencies: number[] = [];
  let downAt = -1;
  window.addEventListener('keydown', (event) => {
    downAt = event.timeStamp;
  }, true);
  const updated = (): void => {
    if (downAt < 0) return;
    latencies.push(performance.now() - downAt);
    downAt = -1;
  };
  new MutationObserver(updated).observe(window.__composer, { childList: true, subtree: true, characterData: true });
  window.__composer.addEventListener('input', updated);
  (window as unknown as { __latencies: number[] }).__latencies = latencies;
}

async function scriptDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
}

interface TypingRun { latencies: number[]; sent: number; held: boolean; scriptMsPerKey: number; extensionMsPerKey?: number; extensionSampledMsPerKey?: number; hotspots?: Hotspot[] }

interface Typist { page: Page; cdp: CDPSession; sentBefore: number; scriptBefore: number }

async function startTyping(browser: Browser, fixture: string): Promise<Typist> {
  await prepare(browser, 50);
  const { page, cdp } = await openFixture(browser, fixture, true);
  if (!await page.evaluate(() => crossOriginIsolated)) throw new Error('the typing page is not cross-origin isolated: timings would be 100 µs coarse');
  await page.evaluate(installLatencyMeter);
  // Warm-up: one message, not measured.
  for (const char of script(SEND_EVERY)) await press(cdp, char);
  await page.waitForTimeout(200);
  await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies.splice(0));
  await cdp.send('Performance.enable');
  return { page, cdp, sentBefore: await page.evaluate(() => window.__sent.length), scriptBefore: await scriptDuration(cdp) };
}

async function finishTyping(typist: Typist, keys: number): Promise<TypingRun> {
  const { page, cdp } = typist;
  await page.waitForTimeout(100);
  const scriptMsPerKey = ((await scriptDuration(cdp)) - typist.scriptBefore) * 1000 / keys;
  const result = await page.evaluate(() => ({
    latencies: (window as unknown as { __latencies: number[] }).__latencies,
    sent: window.__sent.length,
    held: document.querySelector('steady-pause') !== null,
  }));
  await page.close();
  return { ...result, sent: result.sent - typist.sentBefore, scriptMsPerKey };
}

/**
 * One round: a page with Steady and one without, typed into by turns, one message (40 keys) at a
 * time, so a change in the machine's load in the middle of a round hits both alike.
 */
async function typeRound(withExt: Browser, without: Browser, fixture: string, withFirst: boolean): Promise<{ with: TypingRun; without: TypingRun }> {
  const a = await startTyping(withExt, fixture);
  const b = await startTyping(without, fixture);
  const keys = script(KEYS, false);
  for (let i = 0; i < keys.length; i += SEND_EVERY) {
    const block = keys.slice(i, i + SEND_EVERY);
    for (const typist of (i / SEND_EVERY) % 2 === (withFirst ? 0 : 1) ? [a, b] : [b, a]) {
      for (const char of block) await press(typist.cdp, char);
    }
  }
  return { with: await finishTyping(a, KEYS), without: await finishTyping(b, KEYS) };
}

/** Steady alone with the CPU profiler on: its own frames' self time per keystroke. */
async function profiledRun(browser: Browser, fixture: string): Promise<TypingRun> {
  const typist = await startTyping(browser, fixture);
  const { cdp } = typist;
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Profiler.start');
  for (const char of script(KEYS, false)) await press(cdp, char);
  const { profile } = await cdp.send('Profiler.stop');
  const run = await finishTyping(typist, KEYS);
  const spots = hotspots(profile);
  return { ...run, extensionMsPerKey: spots.reduce((sum, h) => sum + h.selfMs, 0) / KEYS, extensionSampledMsPerKey: spots.reduce((sum, h) => sum + h.sampledMs, 0) / KEYS, hotspots: spots.slice(0, 8) };
}

interface CpuProfile { nodes: { id: number; callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number } }[]; samples?: number[]; timeDeltas?: number[] }

/** selfMs: summed sample gaps (inflated when the machine descheduled the page); sampledMs: samples × interval (closer to CPU time under load). */
interface Hotspot { fn: string; samples: number; selfMs: number; sampledMs: number }

const SAMPLING_US = 50;

/** The extension's functions by self time: samples whose top frame is the extension's code. */
function hotspots(profile: CpuProfile): Hotspot[] {
  const ours = new Map(profile.nodes.filter((n) => n.callFrame.url.startsWith('chrome-extension://'))
    .map((n) => [n.id, `${n.callFrame.functionName || '(top level)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber + 1}`]));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const by = new Map<string, Hotspot>();
  for (let i = 0; i < samples.length; i++) {
    const fn = ours.get(samples[i] ?? -1);
    if (!fn) continue;
    const spot = by.get(fn) ?? { fn, samples: 0, selfMs: 0, sampledMs: 0 };
    spot.samples++;
    spot.sampledMs += SAMPLING_US / 1000;
    spot.selfMs += (deltas[i + 1] ?? 0) / 1000;
    by.set(fn, spot);
  }
  return [...by.values()].sort((x, y) => y.selfMs - x.selfMs);
}

// ---------------------------------------------------------------------------------------------
// The extension's isolated world, where the probe counts (instrumented copy only).

async function isolatedWorld(page: Page, cdp: CDPSession): Promise<number> {
  const contexts: { id: number; origin: string; auxData?: { type?: string; frameId?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const found = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://') && c.auxData.frameId === frameTree.frame.id);
  if (!found) throw new Error(`the extension's isolated world was not found on ${page.url()}`);
  return found.id;
}

async function inWorld<T>(cdp: CDPSession, contextId: number, expression: string): Promise<T> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true });
  if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.text}`);
  return result.value as T;
}

interface Counts { events: Record<string, number>; timers: number; frames: number; mutationRecords: number; storage: number }
const total = (c: Counts): number => Object.values(c.events).reduce((a, b) => a + b, 0) + c.timers + c.frames + c.mutationRecords + c.storage;

/** 50 new rows a second in the message list, for `ms`; returns what the extension's callbacks did meanwhile. */
async function idle(probe: Browser, fixture: string, focused: boolean): Promise<Counts & { total: number; rows: number }> {
  await prepare(probe, 4);
  const { page, cdp } = await openFixture(probe, fixture);
  const world = await isolatedWorld(page, cdp);
  if (!focused) await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.waitForTimeout(300);
  const reset = 'Object.assign(__steadyProbe, { events: {}, timers: 0, frames: 0, mutationRecords: 0, storage: 0 }), true';
  await inWorld(cdp, world, reset);
  const rows = await page.evaluate((ms) => new Promise<number>((resolve) => {
    const list = document.querySelector('#messages') ?? document.body;
    let n = 0;
    const timer = setInterval(() => {
      const row = document.createElement('div');
      row.setAttribute('role', 'row');
      row.dataset.id = `false_15550001111@c.us_BENCH${n++}`;
      row.textContent = `incoming ${n}`;
      list.append(row);
    }, 20);
    setTimeout(() => {
      clearInterval(timer);
      resolve(n);
    }, ms);
  }), IDLE_MS);
  const counts = await inWorld<Counts>(cdp, world, '({ ...__steadyProbe })');
  await page.close();
  return { events: counts.events, timers: counts.timers, frames: counts.frames, mutationRecords: counts.mutationRecords, storage: counts.storage, total: total(counts), rows };
}

/** The content script's start-up: its first statement to its last (module top levels, site lookup, boot and its listeners). */
async function startup(probe: Browser, fixture: string): Promise<number> {
  const page = await probe.context.newPage();
  const cdp = await probe.context.newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string; frameId?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const [host, ...rest] = (FIXTURE_URLS[fixture] ?? '').split('/');
  await page.goto(`https://${host}:${port}/${rest.join('/')}`);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const world = contexts.filter((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://') && c.auxData.frameId === frameTree.frame.id).at(-1);
  if (!world) throw new Error('no isolated world for the start-up measurement');
  const ms = await inWorld<number>(cdp, world.id, '__steadyEnd - __steadyStart');
  await page.close();
  return ms;
}

/** Start-up by the CPU profiler, on the shipped build: samples in the extension's frames while a chat page loads. */
async function startupProfiled(browser: Browser, fixture: string): Promise<{ selfMs: number; sampledMs: number; hotspots: Hotspot[] }> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Profiler.start');
  const [host, ...rest] = (FIXTURE_URLS[fixture] ?? '').split('/');
  await page.goto(`https://${host}:${port}/${rest.join('/')}`);
  await page.waitForFunction(() => window.__ready === true);
  const { profile } = await cdp.send('Profiler.stop');
  await page.close();
  const spots = hotspots(profile);
  return { selfMs: spots.reduce((a, h) => a + h.selfMs, 0), sampledMs: spots.reduce((a, h) => a + h.sampledMs, 0), hotspots: spots.slice(0, 6) };
}

// ---------------------------------------------------------------------------------------------
// Time to card: from the held Enter's time stamp to the first animation frame after the card is in the page.

function watchForCard(): void {
  const w = window as unknown as { __cardAt: number; __cardInAt: number };
  w.__cardAt = -1;
  new MutationObserver((records) => {
    if (!records.some((r) => [...r.addedNodes].some((n) => n.nodeName === 'STEADY-PAUSE'))) return;
    w.__cardInAt = performance.now();
    requestAnimationFrame(() => {
      w.__cardAt = performance.now();
    });
  }).observe(document.documentElement, { childList: true });
}

async function typeAndSend(page: Page, cdp: CDPSession, text: string): Promise<void> {
  for (const char of text) await press(cdp, char);
  const before = await page.evaluate(() => window.__sent.length);
  await press(cdp, '\n');
  await page.waitForFunction((n) => window.__sent.length > n, before);
  await page.waitForTimeout(150);
}

interface CardTrial { total: number; work: number }

async function oneCard(page: Page, cdp: CDPSession, world: number): Promise<CardTrial> {
  await page.evaluate(watchForCard);
  await press(cdp, '\n');
  await page.waitForFunction(() => (window as unknown as { __cardAt: number }).__cardAt >= 0, undefined, { timeout: 5_000 });
  const { paintedAt, inAt } = await page.evaluate(() => {
    const w = window as unknown as { __cardAt: number; __cardInAt: number };
    return { paintedAt: w.__cardAt, inAt: w.__cardInAt };
  });
  const enterAt = await inWorld<number>(cdp, world, '__steadyProbe.lastEnterAt');
  // Escape: "Keep editing"; the draft stays for the next trial.
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Escape', code: 'Escape', windowsVirtualKeyCode: 27 });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Escape', code: 'Escape', windowsVirtualKeyCode: 27 });
  await page.waitForFunction(() => document.querySelector('steady-pause') === null);
  return { total: paintedAt - enterAt, work: inAt - enterAt };
}

/** Warm: the card prefetched on the way to the limit (the usual case). Cold: the pause comes on a page that never prefetched. */
async function timeToCard(probe: Browser, fixture: string): Promise<{ warm: CardTrial[]; cold: CardTrial[] }> {
  await prepare(probe, 4);
  const warm: CardTrial[] = [];
  const first = await openFixture(probe, fixture);
  const world = await isolatedWorld(first.page, first.cdp);
  for (let i = 1; i <= 4; i++) await typeAndSend(first.page, first.cdp, `msg ${i}`.replace(/\d/g, 'x'));
  for (const char of 'fifth') await press(first.cdp, char);
  for (let i = 0; i < CARD_TRIALS; i++) warm.push(await oneCard(first.page, first.cdp, world));
  await first.page.close();
  const cold: CardTrial[] = [];
  for (let i = 0; i < Math.max(1, Math.floor(CARD_TRIALS / 3)); i++) {
    const { page, cdp } = await openFixture(probe, fixture);
    const w = await isolatedWorld(page, cdp);
    for (const char of 'again') await press(cdp, char);
    cold.push(await oneCard(page, cdp, w));
    await page.close();
  }
  return { warm, cold };
}

// ---------------------------------------------------------------------------------------------

const started = Date.now();
const load: { before: number[]; after: number[]; cores: number } = { before: loadavg(), after: [], cores: cpus().length };
await bundleFixtures();
const server = await startFixtureServer();
port = server.port;
const plain = await launch(null);
const steady = await launch(join(ROOT, 'dist', 'chrome'));
const probe = await launch(PROBE_DIR);

const typing: Record<string, { without: TypingRun[]; with: TypingRun[]; profiled: TypingRun }> = {};
try {
  for (const fixture of FIXTURES) {
    const runs = { without: [] as TypingRun[], with: [] as TypingRun[] };
    for (let round = 0; round < ROUNDS; round++) {
      const pair = await typeRound(steady, plain, fixture, round % 2 === 1);
      runs.with.push(pair.with);
      runs.without.push(pair.without);
      process.stdout.write(`typing ${fixture}: round ${round + 1}/${ROUNDS} done\n`);
    }
    typing[fixture] = { ...runs, profiled: await profiledRun(steady, fixture) };
  }
} finally {
  await plain.close();
}
process.stdout.write('idle, time to card, start-up…\n');
const idleFocused = await idle(probe, 'whatsapp', true);
const idleBlurred = await idle(probe, 'whatsapp', false);
const card = await timeToCard(probe, 'whatsapp');
const startups: number[] = [];
const startupProfiles: { selfMs: number; sampledMs: number; hotspots: Hotspot[] }[] = [];
for (let i = 0; i < STARTUPS; i++) {
  startups.push(await startup(probe, 'whatsapp'));
  startupProfiles.push(await startupProfiled(steady, 'whatsapp'));
}
await steady.close();
await probe.close();
await server.close();
const sizes = measureSizes(join(ROOT, 'dist'));
load.after = loadavg();

// ---------------------------------------------------------------------------------------------
// Report

const typingReport = Object.fromEntries(Object.entries(typing).map(([fixture, runs]) => {
  const per = (list: TypingRun[]): { median: Stats; p95: Stats; trimmedMean: Stats; all: Stats; scriptMsPerKey: Stats; sent: number[]; held: boolean[] } => ({
    median: stats(list.map((r) => stats(r.latencies).median)),
    p95: stats(list.map((r) => stats(r.latencies).p95)),
    trimmedMean: stats(list.map((r) => stats(r.latencies).trimmedMean)),
    all: stats(list.flatMap((r) => r.latencies)),
    scriptMsPerKey: stats(list.map((r) => r.scriptMsPerKey)),
    sent: list.map((r) => r.sent),
    held: list.map((r) => r.held),
  });
  const without = per(runs.without);
  const withExt = per(runs.with);
  // Ratio per round (with ÷ without of that round's pair), then the median and spread of those.
  const ratios = runs.with.map((r, i) => stats(r.latencies).median / stats(runs.without[i]?.latencies ?? []).median);
  const meanRatios = runs.with.map((r, i) => stats(r.latencies).trimmedMean / stats(runs.without[i]?.latencies ?? []).trimmedMean);
  const p95Ratios = runs.with.map((r, i) => stats(r.latencies).p95 / stats(runs.without[i]?.latencies ?? []).p95);
  return [fixture, {
    keystrokes: KEYS, rounds: ROUNDS, without, with: withExt,
    medianRatio: stats(ratios), p95Ratio: stats(p95Ratios), trimmedMeanRatio: stats(meanRatios),
    extensionCpuMsPerKey: runs.profiled.extensionMsPerKey ?? null,
    extensionSampledMsPerKey: runs.profiled.extensionSampledMsPerKey ?? null,
    extensionHotspots: runs.profiled.hotspots ?? [],
    profiledRun: { sent: runs.profiled.sent, held: runs.profiled.held },
  }];
}));

const content = sizes.find((s) => s.browser === 'chrome' && s.file === 'content.js');
const results = {
  date: new Date().toISOString(),
  machine: { cpus: load.cores, model: cpus()[0]?.model ?? '?', loadavgBefore: load.before, loadavgAfter: load.after },
  settings: { fixtures: FIXTURES, rounds: ROUNDS, keys: KEYS, sendEvery: SEND_EVERY, idleMs: IDLE_MS, cardTrials: CARD_TRIALS, startups: STARTUPS },
  budgets: BUDGET,
  typing: typingReport,
  idle: { focused: idleFocused, blurred: idleBlurred },
  timeToCard: {
    warm: stats(card.warm.map((c) => c.total)), cold: stats(card.cold.map((c) => c.total)),
    // Until the card is in the page (the key event's own task); the rest is waiting for the next frame.
    warmUntilInPage: stats(card.warm.map((c) => c.work)), coldUntilInPage: stats(card.cold.map((c) => c.work)),
    trials: card,
  },
  startupMs: { ...stats(startups), all: startups },
  startupProfiledMs: { self: stats(startupProfiles.map((p) => p.selfMs)), sampled: stats(startupProfiles.map((p) => p.sampledMs)), hotspots: startupProfiles.map((p) => p.hotspots) },
  sizes,
  seconds: (Date.now() - started) / 1000,
};

const dir = join(ROOT, 'bench-results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'latest.json'), JSON.stringify(results, null, 2) + '\n');

const f = (n: number, digits = 2): string => n.toFixed(digits);
const spread = (s: Stats, digits = 2): string => `${f(s.median, digits)} (${f(s.min, digits)}–${f(s.max, digits)})`;
const verdict = (ok: boolean): string => (ok ? 'ok' : 'OVER');
const lines: string[] = [];
lines.push(`| Measure | Without Steady | With Steady | Ratio / value | Budget | |`);
lines.push(`| --- | --- | --- | --- | --- | --- |`);
for (const [fixture, t] of Object.entries(typingReport)) {
  lines.push(`| Typing, ${fixture}: median ms per keystroke | ${spread(t.without.median)} | ${spread(t.with.median)} | ${spread(t.medianRatio, 3)}× | ≤ ${BUDGET.typingRatio}× | ${verdict(t.medianRatio.median <= BUDGET.typingRatio)} |`);
  lines.push(`| Typing, ${fixture}: 5–95 % mean ms per keystroke | ${spread(t.without.trimmedMean)} | ${spread(t.with.trimmedMean)} | ${spread(t.trimmedMeanRatio, 3)}× | ≤ ${BUDGET.typingRatio}× | ${verdict(t.trimmedMeanRatio.median <= BUDGET.typingRatio)} |`);
  lines.push(`| Typing, ${fixture}: p95 ms per keystroke | ${spread(t.without.p95)} | ${spread(t.with.p95)} | ${spread(t.p95Ratio, 3)}× | | |`);
  lines.push(`| Typing, ${fixture}: page script ms per keystroke | ${spread(t.without.scriptMsPerKey, 3)} | ${spread(t.with.scriptMsPerKey, 3)} | | | |`);
  lines.push(`| Typing, ${fixture}: Steady's own CPU per keystroke (profiler) | | ${f((t.extensionCpuMsPerKey ?? 0) * 1000, 1)} µs self time (${f((t.extensionSampledMsPerKey ?? 0) * 1000, 1)} µs by sample count) | | | |`);
}
// While a composer is focused the scoped reply observer may see the list's new rows (one record each), and nothing else may run.
// The reply observer's records, and one storage event: the streak stores once that they wrote (further replies within a minute store nothing).
const onlyReplyWork = idleFocused.total === idleFocused.mutationRecords + idleFocused.storage && idleFocused.mutationRecords <= idleFocused.rows && idleFocused.storage <= 1;
lines.push(`| Idle 10 s, composer focused, 50 rows/s: Steady callbacks | | ${idleFocused.total} (${idleFocused.mutationRecords} reply-observer records for ${idleFocused.rows} rows, ${idleFocused.storage} storage event${idleFocused.storage === 1 ? "" : "s"}) | | reply-observer records + 1 storage event | ${verdict(onlyReplyWork)} |`);
lines.push(`| Idle 10 s, no composer focused, 50 rows/s: Steady callbacks | | ${idleBlurred.total} | | ${BUDGET.idleCallbacks} | ${verdict(idleBlurred.total <= BUDGET.idleCallbacks)} |`);
lines.push(`| Time to card, prefetched (ms) | | ${spread(results.timeToCard.warm, 1)} | | ≤ ${BUDGET.timeToCardMs} | ${verdict(results.timeToCard.warm.median <= BUDGET.timeToCardMs)} |`);
lines.push(`| … of which until the card is in the page (ms) | | ${spread(results.timeToCard.warmUntilInPage, 1)} | | | |`);
lines.push(`| Time to card, not prefetched (ms) | | ${spread(results.timeToCard.cold, 1)} | | | |`);
lines.push(`| content.js start-up (ms) | | ${spread(results.startupMs, 2)} | | ≤ ${BUDGET.startupMs} | ${verdict(results.startupMs.median <= BUDGET.startupMs)} |`);
lines.push(`| content.js start-up by the profiler (ms): self time; by sample count | | ${spread(results.startupProfiledMs.self, 2)}; ${spread(results.startupProfiledMs.sampled, 2)} | | ≤ ${BUDGET.startupMs} | |`);
for (const s of sizes.filter((x) => x.browser === 'chrome')) {
  lines.push(`| ${s.file} gzip | | ${f(s.gzip / 1024, 1)} KB | | ≤ ${f(s.budget / 1024, 0)} KB | ${verdict(s.ok)} |`);
}
process.stdout.write(`\n${lines.join('\n')}\n\n`);
process.stdout.write(`${cpus().length} × ${results.machine.model}; load average ${load.before.map((n) => f(n)).join(' ')} before, ${load.after.map((n) => f(n)).join(' ')} after; ${f(results.seconds, 0)} s.\n`);
process.stdout.write(`Sends per typing run: ${Object.entries(typingReport).map(([k, t]) => `${k} ${t.with.sent.join('/')} with, ${t.without.sent.join('/')} without`).join('; ')}; held: ${Object.values(typingReport).some((t) => t.with.held.some(Boolean)) ? 'YES' : 'none'}.\n`);
process.stdout.write(`Wrote bench-results/latest.json. content.js ${content ? f(content.gzip / 1024, 1) : '?'} KB gzip.\n`);
