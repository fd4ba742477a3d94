import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES_DIR, formatMessage, readLocale, type LocaleMessages } from './setup-i18n';

const ROOT = join(LOCALES_DIR, '..', '..');
const LANGS = ['en', 'de', 'es', 'fr'] as const;
const locales = Object.fromEntries(LANGS.map((lang) => [lang, readLocale(lang)])) as Record<(typeof LANGS)[number], LocaleMessages>;
const en = locales.en;
const enKeys = Object.keys(en).sort();

/** `$NAME$` references in a message, lower-cased as the browsers compare them; `$$` is an escaped dollar. */
function usedPlaceholders(message: string): string[] {
  return [...message.replace(/\$\$/g, '').matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()).sort();
}

function declaredPlaceholders(lang: (typeof LANGS)[number], key: string): Record<string, string> {
  return Object.fromEntries(Object.entries(locales[lang][key]?.placeholders ?? {}).map(([name, { content }]) => [name.toLowerCase(), content]));
}

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(entry.name)) yield path;
  }
}

const SRC = join(ROOT, 'src');
const sources = [...sourceFiles(SRC)].map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));
const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');

describe('locales: every language says everything', () => {
  it.each(LANGS.filter((lang) => lang !== 'en'))('%s has exactly the English keys', (lang) => {
    expect(Object.keys(locales[lang]).sort()).toEqual(enKeys);
  });

  it.each(LANGS)('%s: every message and description is filled in', (lang) => {
    for (const [key, entry] of Object.entries(locales[lang])) {
      expect(entry.message.trim(), `${lang} ${key}`).not.toBe('');
      expect(entry.description?.trim(), `${lang} ${key} description`).toBeTruthy();
    }
  });

  it('key names are ones the browsers accept, and unique ignoring case', () => {
    for (const key of enKeys) expect(key).toMatch(/^(?!@@)[A-Za-z0-9_]+$/);
    expect(new Set(enKeys.map((k) => k.toLowerCase())).size).toBe(enKeys.length);
  });

  it.each(LANGS)('%s: placeholders are declared, used, and the same as in English', (lang) => {
    for (const key of enKeys) {
      const message = locales[lang][key]?.message ?? '';
      const declared = declaredPlaceholders(lang, key);
      expect(declared, `${lang} ${key}: same placeholders as en`).toEqual(declaredPlaceholders('en', key));
      // Declared and used both ways: an undeclared one stops the extension from loading; an unused one drops a value.
      expect(usedPlaceholders(message).filter((n, i, all) => all.indexOf(n) === i), `${lang} ${key}: ${message}`).toEqual(Object.keys(declared).sort());
      for (const content of Object.values(declared)) expect(content).toMatch(/^\$[1-9]$/);
      // Any other dollar sign would be read as a substitution.
      expect(message.replace(/\$\$|\$[A-Za-z0-9_@]+\$/g, ''), `${lang} ${key}`).not.toContain('$');
    }
  });

  it.each(LANGS)('%s: every message formats with example values', (lang) => {
    for (const key of enKeys) {
      const entry = locales[lang][key];
      if (!entry) continue;
      const examples = Array.from({ length: 9 }, (_, i) => `«${i + 1}»`);
      const text = formatMessage(entry, examples);
      expect(text, `${lang} ${key}`).not.toMatch(/\$/);
      for (const content of Object.values(declaredPlaceholders(lang, key))) expect(text).toContain(`«${content.slice(1)}»`);
    }
  });

  it('each counted phrase has both plural forms', () => {
    for (const key of enKeys) {
      const pair = key.replace(/_one$/, '_other').replace(/_other$/, key.endsWith('_one') ? '_other' : '_one');
      if (key.endsWith('_one') || key.endsWith('_other')) expect(en[pair], `${key} has ${pair}`).toBeDefined();
    }
  });

  it.each(LANGS)('%s: languageTag names its own folder, and the store texts fit', (lang) => {
    expect(locales[lang].languageTag?.message).toBe(lang);
    // Chrome refuses a longer name or description.
    expect(locales[lang].extensionName?.message.length).toBeLessThanOrEqual(75);
    expect(locales[lang].extensionDescription?.message.length).toBeLessThanOrEqual(132);
  });

  it('the card asks the step-2 question, word for word in English', () => {
    expect(en.cardQuestion?.message).toBe('Have they proven reliable?');
  });
});

describe('locales: the code and the messages agree', () => {
  const usedKeys = new Set<string>();
  for (const { text } of sources) {
    for (const m of text.matchAll(/\b(?:t|slots)\(\s*'([A-Za-z0-9_]+)'/g)) usedKeys.add(m[1] ?? '');
    for (const m of text.matchAll(/\bplural\([^,()]+(?:\([^()]*\))?[^,()]*,\s*'([A-Za-z0-9_]+)',\s*'([A-Za-z0-9_]+)'/g)) {
      usedKeys.add(m[1] ?? '');
      usedKeys.add(m[2] ?? '');
    }
  }
  const manifestKeys = [...manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1] ?? '');

  it('the scan finds the calls it is meant to find', () => {
    expect(usedKeys).toContain('cardQuestion');
    expect(usedKeys).toContain('cardWait_other');
    expect(manifestKeys).toEqual(expect.arrayContaining(['extensionName', 'extensionDescription']));
    expect(JSON.parse(manifest)).toMatchObject({ default_locale: 'en' });
  });

  it('every key the code or the manifest asks for exists in English', () => {
    for (const key of [...usedKeys, ...manifestKeys]) expect(en, `missing message ${key}`).toHaveProperty([key]);
  });

  it('every English message is used somewhere (no dead strings)', () => {
    const everything = sources.map((s) => s.text).join('\n');
    const unused = enKeys.filter((key) => !everything.includes(`'${key}'`) && !manifestKeys.includes(key));
    expect(unused).toEqual([]);
  });

  describe('no user-visible text is left in the components', () => {
    const UI_DIRS = ['src/content/card/', 'src/options/', 'src/practice/', 'src/popup/', 'src/welcome/', 'src/ui/'];
    // The card's stylesheet is CSS, not words.
    const ui = sources.filter(({ path }) => UI_DIRS.some((dir) => path.startsWith(dir)) && !path.endsWith('styles.ts'));
    const KEY_NAMES = new Set(['Enter', 'Escape', 'Tab']);

    /** Words a person would see or hear, written into the code instead of taken from _locales. */
    function visibleText(text: string, jsx: boolean): string[] {
      const source = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
      const problems: string[] = [];
      // Text between JSX tags: `>Words<` or `>Words{` (not `=>`, not a generic call such as `useRef<T>(null)`).
      if (jsx) {
        for (const m of source.matchAll(/(?<![=-])>([^<>{}]*)(?=[<{])/g)) {
          const words = (m[1] ?? '').trim();
          // A line ending in `;` or `)` is code after the markup, not text inside it.
          if (/[A-Za-z]{2}/.test(words) && !words.startsWith('(') && !/[;)]\s*$/m.test(words)) problems.push(`JSX text: ${words}`);
        }
      }
      // Attributes people see or hear, given as a literal.
      for (const m of source.matchAll(/\b(aria-label|aria-description|placeholder|title|alt|label|description|legend|hint)=\{?(['"`])([^'"`]*)\2/g)) {
        if (/[A-Za-z]/.test(m[3] ?? '')) problems.push(`${m[1]}=${m[2]}${m[3]}${m[2]}`);
      }
      // A sentence, or a capitalised word, in a string literal.
      for (const m of source.matchAll(/(['"`])((?:(?!\1)[^\\\n])*)\1/g)) {
        const literal = m[2] ?? '';
        if (/[A-Za-z]+ +[A-Za-z]+/.test(literal) || (/^[A-Z][a-z]+$/.test(literal) && !KEY_NAMES.has(literal))) problems.push(`string: ${literal}`);
      }
      return problems;
    }

    it('the scan catches words written into a component', () => {
      const sample = [
        "const WAITING = 'You chose to wait:';",
        '<p class="lead">',
        '  Send a few quick messages.',
        '</p>',
        '<button type="button" onClick={go}>Keep editing</button>',
        '<textarea aria-label="Message" placeholder={`Message ${name}`} />',
        "<span key={n}>{ok ? 'Saved' : t('optionsSaveFailed')}</span>",
      ].join('\n');
      expect(visibleText(sample, true)).toEqual([
        'JSX text: Send a few quick messages.',
        'JSX text: Keep editing',
        'aria-label="Message"',
        'placeholder=`Message ${name}`',
        'string: You chose to wait:',
        'string: Message',
        'string: Saved',
      ]);
      const clean = "const ok = useRef<HTMLLIElement>(null);\nif (event.key === 'Enter') go(() => <li>{t('cardQuestion')}</li>);\n}\n\nexport function next() {";
      expect(visibleText(clean, true)).toEqual([]);
    });

    it('scans the component files', () => {
      expect(ui.map((s) => s.path)).toEqual(expect.arrayContaining([
        'src/content/card/Card.tsx', 'src/options/OptionsForm.tsx', 'src/practice/Practice.tsx',
        'src/popup/Popup.tsx', 'src/popup/WeekChart.tsx', 'src/popup/SnoozePanel.tsx', 'src/popup/SitePanel.tsx', 'src/welcome/Welcome.tsx',
      ]));
    });

    it.each(ui.map((s) => [s.path, s.text] as const))('%s', (path, text) => {
      expect(visibleText(text, path.endsWith('.tsx'))).toEqual([]);
    });
  });
});
