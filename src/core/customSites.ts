/**
 * Custom sites: chat sites a person adds by address. Pure: what a typed address means, whether it
 * may be added, how the stored list is read, and which content-script registrations should exist.
 */
import * as z from 'zod/mini';

/** storage.sync key of the list; separate from settings so a bad list never costs the settings. */
export const CUSTOM_SITES_KEY = 'customSites';
/** Enough for anyone's chat apps, and keeps the browser's registration list small. */
export const MAX_CUSTOM_SITES = 20;
/** Registered content scripts with this id prefix belong to custom sites; ids must not start with "_". */
export const SCRIPT_ID_PREFIX = 'custom:';

export interface CustomSite {
  /** A normalised match pattern: scheme://host/* (the whole host is guarded). */
  readonly pattern: string;
}

/** What core needs to know about a built-in site, so it stays free of site code. */
export interface BuiltInHosts {
  readonly name: string;
  readonly matches: readonly string[];
}

export type PatternProblem = 'empty' | 'tooLong' | 'notWeb' | 'allSites' | 'invalidHost' | 'builtIn' | 'duplicate' | 'full';

export type PatternVerdict =
  | { ok: true; pattern: string; host: string }
  | { ok: false; problem: PatternProblem; input: string; host?: string; site?: string };

const MAX_INPUT = 300;

// One DNS label: letters, digits, hyphens inside. Names arrive lower-case and in punycode from URL.
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const hostSchema = z.string().check(z.maxLength(253), z.regex(new RegExp(`^${LABEL}(?:\\.${LABEL})*$`)));

/** Lower-case and punycode a host the way the browser compares it; null when it is not a host name. */
function canonicalHost(raw: string): string | null {
  if (raw === '' || /[\s*[\]]/.test(raw)) return null;
  try {
    // A fully qualified "example.org." is the same site as "example.org".
    const host = new URL(`https://${raw}/`).hostname.replace(/\.$/, '');
    return hostSchema.safeParse(host).success ? host : null;
  } catch {
    return null;
  }
}

/** Whether host pattern `a` (maybe "*.base") covers host `b` (maybe "*.base"). */
function covers(a: string, b: string): boolean {
  if (a === b) return true;
  if (!a.startsWith('*.')) return false;
  const base = a.slice(2);
  const plain = b.startsWith('*.') ? b.slice(2) : b;
  return plain === base || plain.endsWith(`.${base}`);
}

const overlap = (a: string, b: string): boolean => covers(a, b) || covers(b, a);

/** The host part of a match pattern ("*.example.org" kept as is). */
export function patternHost(pattern: string): string {
  return /^[^:]+:\/\/([^/]*)/.exec(pattern)?.[1] ?? '';
}

/** How the list shows a site: the host, with the scheme only when it is not https. */
export function siteLabel(pattern: string): string {
  const scheme = pattern.slice(0, pattern.indexOf('://'));
  return scheme === 'https' ? patternHost(pattern) : `${scheme}://${patternHost(pattern)}`;
}

export interface PatternContext {
  readonly builtIn: readonly BuiltInHosts[];
  /** Patterns already in the list. */
  readonly existing: readonly string[];
}

/**
 * Turns what a person typed or pasted (a host, a URL, a match pattern) into a pattern for the whole
 * host, or says why not. "chat.example.org", "https://chat.example.org/room/42" and
 * "https://chat.example.org/*" all become "https://chat.example.org/*". Never throws.
 */
export function parseSitePattern(text: string, context: PatternContext): PatternVerdict {
  const input = text.trim();
  const refuse = (problem: PatternProblem, extra: { host?: string; site?: string } = {}): PatternVerdict => ({
    ok: false, problem, input: input.slice(0, 40), ...extra,
  });
  if (input === '') return refuse('empty');
  if (input.length > MAX_INPUT) return refuse('tooLong');
  if (context.existing.length >= MAX_CUSTOM_SITES) return refuse('full');
  if (input === '<all_urls>') return refuse('allSites');

  let scheme = 'https';
  let rest = input;
  const explicit = /^([a-z][a-z0-9+.-]*|\*):\/\//i.exec(input);
  if (explicit) {
    scheme = (explicit[1] ?? '').toLowerCase();
    rest = input.slice(explicit[0].length);
    if (scheme !== 'http' && scheme !== 'https' && scheme !== '*') return refuse('notWeb');
  } else if (/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(input)) {
    // mailto:, file:, javascript:, about: … but not "host:8080".
    return refuse('notWeb');
  }

  // The authority only: path, query and fragment are dropped, and so are user info and the port
  // (a pattern without a port matches every port).
  const authority = (/^[^/?#]*/.exec(rest)?.[0] ?? '').replace(/^.*@/, '').replace(/:\d*$/, '');
  if (authority === '*' || authority === '*.') return refuse('allSites');
  const wildcard = authority.startsWith('*.');
  const host = canonicalHost(wildcard ? authority.slice(2) : authority);
  if (host === null) return refuse('invalidHost');
  // "*.com" would be a whole top-level domain.
  if (wildcard && !host.includes('.')) return refuse('allSites');
  const hostPattern = wildcard ? `*.${host}` : host;

  for (const site of context.builtIn) {
    if (site.matches.some((match) => overlap(patternHost(match), hostPattern))) return refuse('builtIn', { host: hostPattern, site: site.name });
  }
  if (context.existing.some((pattern) => overlap(patternHost(pattern), hostPattern))) return refuse('duplicate', { host: hostPattern });
  return { ok: true, pattern: `${scheme}://${hostPattern}/*`, host: hostPattern };
}

const entrySchema = z.object({ pattern: z.string() });

/**
 * Reads the stored list. Each entry is checked on its own: a corrupt, duplicate or (since then)
 * built-in entry is dropped, the rest stay, in order, at most MAX_CUSTOM_SITES. Never throws.
 */
export function parseCustomSites(stored: unknown, builtIn: readonly BuiltInHosts[]): CustomSite[] {
  if (!Array.isArray(stored)) return [];
  const sites: CustomSite[] = [];
  for (const raw of stored) {
    const entry = entrySchema.safeParse(raw);
    if (!entry.success) continue;
    const verdict = parseSitePattern(entry.data.pattern, { builtIn, existing: sites.map((s) => s.pattern) });
    if (verdict.ok) sites.push({ pattern: verdict.pattern });
  }
  return sites;
}

/** The content-script registration id of a custom site: stable, so re-registering finds it. */
export function scriptId(pattern: string): string {
  return SCRIPT_ID_PREFIX + pattern;
}

export interface RegistrationPlan {
  register: CustomSite[];
  unregister: string[];
}

/**
 * What the background must change so that exactly the listed sites with permission have a
 * registration. Registrations of other kinds (ids without the prefix) are left alone.
 */
export function planRegistrations(sites: readonly CustomSite[], granted: ReadonlySet<string>, registeredIds: readonly string[]): RegistrationPlan {
  const wanted = new Set(sites.filter((site) => granted.has(site.pattern)).map((site) => scriptId(site.pattern)));
  const present = new Set(registeredIds);
  return {
    register: sites.filter((site) => wanted.has(scriptId(site.pattern)) && !present.has(scriptId(site.pattern))),
    unregister: registeredIds.filter((id) => id.startsWith(SCRIPT_ID_PREFIX) && !wanted.has(id)),
  };
}
