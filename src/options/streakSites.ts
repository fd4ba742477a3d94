import { SITES } from '../sites';

/** The built-in sites where Steady recognises replies: the only ones where the streak rule can work. */
export const STREAK_SITES: readonly { readonly id: string; readonly name: string }[] = SITES.filter((site) => site.replies).map(({ id, name }) => ({ id, name }));

export function streakWorksOn(siteId: string): boolean {
  return STREAK_SITES.some((site) => site.id === siteId);
}
