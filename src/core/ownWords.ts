import * as z from 'zod/mini';

/** The longest line of the person's own words the card shows, in characters (Unicode code points). */
export const OWN_WORDS_MAX = 140;

// Line breaks, tabs and other control characters: one line on the card, nothing that can hide.
// oxlint-disable-next-line no-control-regex -- finding control characters is this pattern's job
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

export function characterCount(text: string): number {
  return [...text].length;
}

/** What the form makes of typed or pasted text before checking it: one line, trimmed. */
export function normalizeOwnWords(text: string): string {
  return text.replace(new RegExp(CONTROL.source, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

/** Stored and imported own words: one trimmed line of at most OWN_WORDS_MAX characters ("" for none). */
export function isOwnWords(text: unknown): text is string {
  return typeof text === 'string' && !CONTROL.test(text) && text === text.trim() && characterCount(text) <= OWN_WORDS_MAX;
}

/** The same rule as a zod schema, for file imports. Pure: a bundle that does not use it (the content script) drops it and zod. */
export const ownWordsSchema = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.refine(isOwnWords));

export type OwnWordsVerdict = { ok: true; value: string } | { ok: false; problem: 'tooLong'; over: number };

/** Checks what a person typed: normalised, then held to the limit; `over` says how many characters to remove. */
export function checkOwnWords(text: string): OwnWordsVerdict {
  const value = normalizeOwnWords(text);
  const over = characterCount(value) - OWN_WORDS_MAX;
  return over > 0 ? { ok: false, problem: 'tooLong', over } : { ok: true, value };
}
