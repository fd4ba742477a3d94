import { discord } from './discord';
import { element } from './element';
import { generic } from './generic';
import { googleChat } from './googlechat';
import { googleMessages } from './googlemessages';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { messenger } from './messenger';
import type { Site } from './site';
import { slack } from './slack';
import { teams } from './teams';
import { telegramA } from './telegramA';
import { telegramK } from './telegramK';
import { whatsapp } from './whatsapp';
import { x } from './x';

export type { Replies, Site } from './site';
export { generic };

/** Built-in sites, in the order options shows them. Adding one: one file here, one fixture in tests/fixtures. */
export const SITES: readonly Site[] = [
  whatsapp, messenger, instagram, slack, discord, telegramK, telegramA,
  googleChat, teams, linkedin, x, googleMessages, element,
];

/** Converts a match pattern (scheme://host/path with * wildcards) into a RegExp for a full URL. */
export function matchPatternToRegExp(pattern: string): RegExp {
  const parsed = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!parsed) throw new Error(`Not a match pattern: ${pattern}`);
  const [, scheme = '', host = '', path = ''] = parsed;
  const escape = (s: string): string => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const schemePart = scheme === '*' ? 'https?' : scheme;
  const hostPart = host === '*' ? '[^/]+' : host.startsWith('*.') ? `(?:[^/]+\\.)?${escape(host.slice(2))}` : escape(host);
  const pathPart = path.split('*').map(escape).join('.*');
  // Match patterns ignore the port, so a local test server can stand in for the real host.
  return new RegExp(`^${schemePart}://${hostPart}(?::\\d+)?${pathPart}$`);
}

const compiled = SITES.map((site) => ({ site, patterns: site.matches.map(matchPatternToRegExp) }));

/** The adapter for a page, or the generic rules. */
export function siteFor(url: string): Site {
  return compiled.find(({ patterns }) => patterns.some((re) => re.test(url)))?.site ?? generic;
}
