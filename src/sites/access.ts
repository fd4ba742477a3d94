import { SITES } from './index';

/** Names of the sites that lose a match pattern to `missing` host patterns, in registry order. */
export function sitesWithout(missing: readonly string[]): string[] {
  const gone = new Set(missing);
  return SITES.filter((site) => site.matches.some((pattern) => gone.has(pattern))).map((site) => site.name);
}
