/**
 * Unit tests read English through the same `chrome.i18n.getMessage` the extension uses, built from
 * src/_locales/en/messages.json with the browsers' substitution rules, so a broken placeholder fails here.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface LocaleEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type LocaleMessages = Record<string, LocaleEntry>;

// A path, not a URL: under jsdom the global URL is the DOM's, which readFileSync does not take.
export const LOCALES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', '_locales');

export function readLocale(lang: string): LocaleMessages {
  return JSON.parse(readFileSync(join(LOCALES_DIR, lang, 'messages.json'), 'utf8')) as LocaleMessages;
}

/** $1…$9 are substitutions and `$$` a dollar sign, in placeholder content and message alike. */
function fill(text: string, substitutions: readonly string[]): string {
  return text.replace(/\$(\$|[1-9])/g, (_, what: string) => (what === '$' ? '$' : substitutions[Number(what) - 1] ?? ''));
}

/** The browsers' getMessage: named placeholders (any case) become their content, then $n is filled in. */
export function formatMessage(entry: LocaleEntry, substitutions: readonly string[]): string {
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]));
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$([1-9])/g, (whole, name: string | undefined, index: string | undefined) => {
    if (whole === '$$') return '$';
    if (index !== undefined) return substitutions[Number(index) - 1] ?? '';
    const content = placeholders.get((name ?? '').toLowerCase());
    if (content === undefined) throw new Error(`$${name}$ is not a declared placeholder`);
    return fill(content, substitutions);
  });
}

const en = readLocale('en');
const byLowerKey = new Map(Object.entries(en).map(([key, entry]) => [key.toLowerCase(), entry]));

function getMessage(key: string, substitutions?: string | string[]): string {
  const list = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  if (list.length > 9) throw new Error('getMessage takes at most 9 substitutions');
  if (list.some((s) => typeof s !== 'string')) throw new TypeError('getMessage substitutions must be strings');
  if (key === '@@ui_locale') return 'en';
  const entry = byLowerKey.get(key.toLowerCase());
  return entry ? formatMessage(entry, list) : '';
}

(globalThis as { chrome?: unknown }).chrome = { i18n: { getMessage } };
