/**
 * Every user-visible string, read from _locales through the WebExtension i18n API. Synchronous and
 * free of webextension-polyfill: the polyfill throws outside an extension, and this runs in tests too.
 */

/** Type only: the English messages are the list of keys; nothing of the JSON is bundled. */
export type MessageKey = keyof typeof import('../_locales/en/messages.json');

interface I18n {
  getMessage(key: string, substitutions?: string | string[]): string;
}

function api(): I18n | undefined {
  const scope = globalThis as { chrome?: { i18n?: Partial<I18n> }; browser?: { i18n?: Partial<I18n> } };
  const i18n = scope.chrome?.i18n?.getMessage ? scope.chrome.i18n : scope.browser?.i18n;
  return i18n?.getMessage ? (i18n as I18n) : undefined;
}

/** The message for `key` with $1…$9 filled in; the key itself when there is no message, never a throw. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  try {
    // Called on its object: an API method may need its `this`.
    const text = api()?.getMessage(key, substitutions.length ? substitutions.map(String) : undefined);
    return text || key;
  } catch {
    // An invalidated content script can lose the API mid-page; the key is better than a broken card.
    return key;
  }
}

let rules: Intl.PluralRules | undefined;

function pluralRules(): Intl.PluralRules {
  if (!rules) {
    // The language of the messages actually shown, not the browser's: a locale without a translation falls back to English.
    try {
      rules = new Intl.PluralRules(t('languageTag'));
    } catch {
      rules = new Intl.PluralRules('en');
    }
  }
  return rules;
}

/**
 * Reads the message bundle and builds the plural rules now. The first message read in a frame
 * fetches the bundle synchronously (ms); the card calls this when it is prefetched, so a held
 * send does not wait for it.
 */
export function warmUp(): void {
  pluralRules();
}

/**
 * The i18n API has no plural rules, so each counted phrase has a `_one` and an `_other` message.
 * That covers en, de, es and fr (French takes "one" for 0 and 1). The count is substitution $1.
 */
export function plural(count: number, oneKey: MessageKey, otherKey: MessageKey): string {
  return t(pluralRules().select(count) === 'one' ? oneKey : otherKey, count);
}

/**
 * A message with elements inside (a link, a bold part): returns its text pieces with the index of
 * each substitution where it goes, so the translation decides the word order.
 */
export function slots(key: MessageKey, count: number): (string | number)[] {
  const markers = Array.from({ length: count }, (_, index) => String.fromCharCode(0xe000 + index));
  return t(key, ...markers)
    .split(/([\ue000-\ue008])/)
    .filter((piece) => piece !== '')
    .map((piece) => (piece.length === 1 && piece >= '\ue000' && piece <= '\ue008' ? piece.charCodeAt(0) - 0xe000 : piece));
}

/** An extension page in the language of its messages: title, and lang for screen readers, hyphens and quotation marks. */
export function localizePage(doc: Document, titleKey: MessageKey): void {
  doc.documentElement.lang = t('languageTag');
  doc.title = t(titleKey);
}

/** "A, B and C" in the language of the messages shown; a plain comma list where Intl.ListFormat is missing. */
export function listOf(items: readonly string[]): string {
  try {
    return new Intl.ListFormat(t('languageTag'), { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}
