/** Types for manifest.mjs, for the tests. */
export const GECKO_ID: string;
export const FIREFOX_MIN_VERSION: string;
export function manifestFor(browser: 'chrome' | 'firefox', options?: { root?: string }): Record<string, unknown> & { version: string };
