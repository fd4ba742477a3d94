/**
 * One HTTPS server for all fixture pages. The browser maps the real chat host names to
 * 127.0.0.1, so the extension's real match patterns apply; the server picks the fixture by Host.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { FIXTURES_BUILD_DIR, FIXTURES_DIR } from '../fixtures/bundle';
import { BUNDLED_FIXTURE_NAMES, FIXTURE_HOSTS, type FixtureHost, type FixtureName } from '../fixtures/catalog';

/** Which fixture a host serves, and on which paths (like the real app's routes). First match wins. */
const ROUTES: readonly { host: FixtureHost; path: RegExp; fixture: FixtureName }[] = [
  // Both WhatsApp shapes: ?rows=message picks the one without chat ids (FIXTURES.whatsappNew).
  { host: 'web.whatsapp.com', path: /^\//, fixture: 'whatsapp' },
  { host: 'www.messenger.com', path: /^\/(e2ee\/)?t\/[^/]+\/?$/, fixture: 'messenger' },
  { host: 'www.facebook.com', path: /^\/messages\/(e2ee\/)?t\/[^/]+\/?$/, fixture: 'messenger' },
  { host: 'www.instagram.com', path: /^\/direct\/t\/[^/]+\/?$/, fixture: 'instagram' },
  // A plain <textarea> form (Instagram's older direct UI): the adapter misses it, the generic rules take over.
  { host: 'www.instagram.com', path: /^\/direct\/legacy\/?$/, fixture: 'textarea' },
  { host: 'app.slack.com', path: /^\/client\/[^/]+\/[^/]+(\/.*)?$/, fixture: 'slack' },
  { host: 'discord.com', path: /^\/channels\/[^/]+\/[^/]+\/?$/, fixture: 'discord' },
  { host: 'web.telegram.org', path: /^\/k\/$/, fixture: 'telegramK' },
  { host: 'web.telegram.org', path: /^\/a\/$/, fixture: 'telegramA' },
  // Standalone Chat, and the /u/0/frame page Gmail embeds as an iframe.
  { host: 'chat.google.com', path: /^\/u\/0\/(frame|app\/(chat|dm)\/[^/]+)$/, fixture: 'googlechat' },
  { host: 'mail.google.com', path: /^\/(mail|chat)\/u\/0\/$/, fixture: 'gmail' },
  { host: 'teams.microsoft.com', path: /^\/v2\/$/, fixture: 'teams' },
  // Full messaging page, or any other page with chat bubbles in #interop-outlet's shadow root.
  { host: 'www.linkedin.com', path: /^\/(messaging\/thread\/[^/]+|feed)\/$/, fixture: 'linkedin' },
  { host: 'x.com', path: /^\/(messages\/\d+-\d+|i\/chat\/\d+)$/, fixture: 'x' },
  { host: 'messages.google.com', path: /^\/web\/conversations\/\d+$/, fixture: 'gmessages' },
  { host: 'app.element.io', path: /^\/$/, fixture: 'element' },
  // A chat Steady does not know: guarded only once a person adds it as their own site.
  { host: 'chat.example.test', path: /^\/room\/[^/]+\/?$/, fixture: 'textarea' },
];

export interface FixtureServer {
  port: number;
  /** Whether ::1 is served too (Firefox may resolve localDomains there first). */
  ipv6: boolean;
  close(): Promise<void>;
}

function makeCertificate(dir: string): { key: Buffer; cert: Buffer } {
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  const altNames = [...FIXTURE_HOSTS, 'localhost'].map((h) => `DNS:${h}`).concat('IP:127.0.0.1', 'IP:::1').join(',');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', keyPath, '-out', certPath, '-days', '2', '-subj', '/CN=steady-fixtures',
    '-addext', `subjectAltName=${altNames}`,
  ], { stdio: 'pipe' });
  return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
}

/**
 * Headers that make a page cross-origin isolated, which is what gives performance.now() and event
 * time stamps 5 µs resolution instead of 100 µs. Only on request (?isolated): the benchmark's
 * typing pages, where the with/without ratio of ~1 ms keystrokes needs it.
 */
const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

/** What every fixture page starts with; each index.html holds only what is its own (title, styles, body). */
const FIXTURE_PROLOGUE = '<!doctype html>\n<html lang="en">\n<meta charset="utf-8">\n';

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(body);
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  const { pathname, searchParams } = new URL(req.url ?? '/', 'https://fixture.invalid');
  const script = /^\/__fixtures\/([a-zA-Z]+)\.js$/.exec(pathname);
  if (script && (BUNDLED_FIXTURE_NAMES as readonly string[]).includes(script[1] ?? '')) {
    try {
      send(res, 200, 'text/javascript; charset=utf-8', readFileSync(join(FIXTURES_BUILD_DIR, `${script[1]}.js`)));
    } catch {
      send(res, 500, 'text/plain', 'fixture bundle missing: the e2e global setup builds it');
    }
    return;
  }
  if (pathname === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  const route = ROUTES.find((r) => r.host === host && r.path.test(pathname));
  if (route) {
    const page = FIXTURE_PROLOGUE + readFileSync(join(FIXTURES_DIR, route.fixture, 'index.html'), 'utf8');
    send(res, 200, 'text/html; charset=utf-8', page, searchParams.has('isolated') ? ISOLATED : {});
    return;
  }
  if (host === 'localhost' && pathname === '/') {
    const links = ROUTES.map((r) => `<li>${r.host} ${r.path.source} → ${r.fixture}</li>`).join('');
    send(res, 200, 'text/html; charset=utf-8', `<!doctype html><title>Steady fixtures</title><ul>${links}</ul>`);
    return;
  }
  send(res, 404, 'text/plain', `no fixture for ${host}${pathname}`);
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const certDir = mkdtempSync(join(tmpdir(), 'steady-cert-'));
  try {
    const tls = makeCertificate(certDir);
    const v4 = createServer(tls, handle);
    const port = await listen(v4, '127.0.0.1', 0);
    const v6 = createServer(tls, handle);
    const ipv6 = await listen(v6, '::1', port).then(() => true, () => false);
    return {
      port,
      ipv6,
      async close() {
        await Promise.all([closeServer(v4), ipv6 ? closeServer(v6) : Promise.resolve()]);
      },
    };
  } finally {
    // The server holds key and certificate in memory; nothing needs the files after start.
    rmSync(certDir, { recursive: true, force: true });
  }
}
