import { describe, expect, it } from 'vitest';
import {
  MAX_CUSTOM_SITES,
  parseCustomSites,
  parseSitePattern,
  planRegistrations,
  scriptId,
  siteLabel,
  type BuiltInHosts,
  type PatternVerdict,
} from '../../src/core/customSites';
import { SITES } from '../../src/sites';

const builtIn: readonly BuiltInHosts[] = SITES;
const none = { builtIn, existing: [] as string[] };

function pattern(text: string, existing: string[] = []): string {
  const verdict = parseSitePattern(text, { builtIn, existing });
  if (!verdict.ok) throw new Error(`"${text}" was refused: ${verdict.problem}`);
  return verdict.pattern;
}

function problem(text: string, existing: string[] = []): Extract<PatternVerdict, { ok: false }> {
  const verdict = parseSitePattern(text, { builtIn, existing });
  if (verdict.ok) throw new Error(`"${text}" was accepted as ${verdict.pattern}`);
  return verdict;
}

describe('parseSitePattern: what a typed or pasted address becomes', () => {
  it.each([
    ['chat.example.org', 'https://chat.example.org/*'],
    ['  chat.example.org  ', 'https://chat.example.org/*'],
    ['https://chat.example.org/*', 'https://chat.example.org/*'],
    ['https://chat.example.org/room/42', 'https://chat.example.org/*'],
    ['https://chat.example.org/room/42?x=1#top', 'https://chat.example.org/*'],
    ['HTTPS://Chat.Example.ORG/Room', 'https://chat.example.org/*'],
    ['chat.example.org/room/42', 'https://chat.example.org/*'],
    ['chat.example.org:8443', 'https://chat.example.org/*'],
    ['https://user:secret@chat.example.org:8443/x', 'https://chat.example.org/*'],
    ['http://intranet.local/chat', 'http://intranet.local/*'],
    ['*://chat.example.org/*', '*://chat.example.org/*'],
    ['https://*.example.org/*', 'https://*.example.org/*'],
    ['localhost:3000', 'https://localhost/*'],
    ['bücher.example', 'https://xn--bcher-kva.example/*'],
    ['https://chat.example.org./x', 'https://chat.example.org/*'],
  ])('%s -> %s', (input, expected) => {
    expect(pattern(input)).toBe(expected);
  });

  it('refuses an empty field', () => {
    expect(problem('   ').problem).toBe('empty');
  });

  it.each(['<all_urls>', '*://*/*', 'https://*/*', '*', 'http://*/', 'https://*.com/*', '*.org'])('refuses every site: %s', (input) => {
    expect(problem(input).problem).toBe('allSites');
  });

  it.each(['ftp://files.example.org/', 'file:///home/me/chat.html', 'chrome://extensions', 'mailto:me@example.org', 'javascript:alert(1)', 'ws://chat.example.org/'])(
    'refuses what is not a web page: %s',
    (input) => {
      expect(problem(input).problem).toBe('notWeb');
    },
  );

  it.each(['chat example org', 'https:///room', 'https://chat.*.org/*', 'http://[::1]/', 'exa_mple.org', '-bad.example.org', 'a..b'])(
    'refuses what is not a host name: %s',
    (input) => {
      expect(problem(input).problem).toBe('invalidHost');
    },
  );

  it('keeps only the start of a bad input for the message', () => {
    const verdict = problem(`${'x'.repeat(50)} y`);
    expect(verdict.input).toHaveLength(40);
    expect(problem('x'.repeat(301)).problem).toBe('tooLong');
  });

  it.each([
    ['web.whatsapp.com', 'WhatsApp Web'],
    ['https://app.slack.com/client/T1/C1', 'Slack'],
    ['discord.com', 'Discord'],
    ['https://*.discord.com/*', 'Discord'],
    ['http://canary.discord.com', 'Discord'],
  ])('refuses a built-in site with its name: %s', (input, name) => {
    expect(problem(input)).toMatchObject({ problem: 'builtIn', site: name });
  });

  it('compares whole host names, not text: a look-alike of a built-in site is not one', () => {
    expect(pattern('web.whatsapp.com.example.org')).toBe('https://web.whatsapp.com.example.org/*');
    expect(pattern('not-discord.com')).toBe('https://not-discord.com/*');
  });

  it('refuses a site already in the list, whatever form it is typed in', () => {
    const existing = ['https://chat.example.org/*'];
    expect(problem('chat.example.org', existing)).toMatchObject({ problem: 'duplicate', host: 'chat.example.org' });
    expect(problem('http://CHAT.example.org/room', existing).problem).toBe('duplicate');
    expect(problem('*.example.org', existing).problem).toBe('duplicate');
    expect(pattern('other.example.org', existing)).toBe('https://other.example.org/*');
  });

  it(`refuses a ${MAX_CUSTOM_SITES + 1}st site`, () => {
    const existing = Array.from({ length: MAX_CUSTOM_SITES }, (_, i) => `https://chat${i}.example.org/*`);
    expect(problem('new.example.org', existing).problem).toBe('full');
    expect(pattern('new.example.org', existing.slice(1))).toBe('https://new.example.org/*');
  });

  it('never throws, whatever it is given', () => {
    for (const input of ['\u0000', '://', 'https://', '@', ':', '%%%', '\u{1F600}.example', 'https://[', '*.', '*://']) {
      expect(() => parseSitePattern(input, none)).not.toThrow();
    }
  });
});

describe('siteLabel', () => {
  it('shows the host, and the scheme only when it is not https', () => {
    expect(siteLabel('https://chat.example.org/*')).toBe('chat.example.org');
    expect(siteLabel('http://intranet.local/*')).toBe('http://intranet.local');
    expect(siteLabel('https://*.example.org/*')).toBe('*.example.org');
  });
});

describe('parseCustomSites: the stored list', () => {
  it('reads a good list in order', () => {
    const stored = [{ pattern: 'https://a.example.org/*' }, { pattern: 'http://b.example.org/*' }];
    expect(parseCustomSites(stored, builtIn)).toEqual(stored);
  });

  it('drops corrupt entries and keeps the rest', () => {
    const stored = [
      { pattern: 'https://a.example.org/*' },
      null,
      'https://loose-string.example.org/*',
      { pattern: 42 },
      { nothing: true },
      { pattern: '<all_urls>' },
      { pattern: 'https://web.whatsapp.com/*' },
      { pattern: 'https://A.example.org/*' },
      { pattern: 'ftp://c.example.org/*' },
      { pattern: 'https://b.example.org/*', extra: 'ignored' },
    ];
    expect(parseCustomSites(stored, builtIn)).toEqual([{ pattern: 'https://a.example.org/*' }, { pattern: 'https://b.example.org/*' }]);
  });

  it('normalises an entry stored in a looser form', () => {
    expect(parseCustomSites([{ pattern: 'chat.example.org' }], builtIn)).toEqual([{ pattern: 'https://chat.example.org/*' }]);
  });

  it.each([undefined, null, 'text', 7, { pattern: 'https://a.example.org/*' }])('reads %s as an empty list', (stored) => {
    expect(parseCustomSites(stored, builtIn)).toEqual([]);
  });

  it(`keeps at most ${MAX_CUSTOM_SITES}`, () => {
    const stored = Array.from({ length: MAX_CUSTOM_SITES + 5 }, (_, i) => ({ pattern: `https://c${i}.example.org/*` }));
    const sites = parseCustomSites(stored, builtIn);
    expect(sites).toHaveLength(MAX_CUSTOM_SITES);
    expect(sites[0]).toEqual({ pattern: 'https://c0.example.org/*' });
  });
});

describe('planRegistrations', () => {
  const a = 'https://a.example.org/*';
  const b = 'https://b.example.org/*';

  it('registers each listed site that has permission, once', () => {
    const plan = planRegistrations([{ pattern: a }, { pattern: b }], new Set([a, b]), [scriptId(a)]);
    expect(plan).toEqual({ register: [{ pattern: b }], unregister: [] });
  });

  it('unregisters a site without permission, and one no longer listed', () => {
    const plan = planRegistrations([{ pattern: a }], new Set<string>(), [scriptId(a), scriptId(b)]);
    expect(plan).toEqual({ register: [], unregister: [scriptId(a), scriptId(b)] });
  });

  it('leaves registrations that are not custom sites alone', () => {
    expect(planRegistrations([], new Set<string>(), ['something-else'])).toEqual({ register: [], unregister: [] });
  });

  it('gives ids the browser accepts: never starting with "_"', () => {
    expect(scriptId(a).startsWith('_')).toBe(false);
    expect(scriptId(a)).not.toBe(scriptId(b));
  });
});
