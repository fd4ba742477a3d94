import { SITE_TOGGLES, type SiteToggle } from '../options/sites';
import { siteFor } from '../sites';

/**
 * The built-in site the current tab shows, or null: a tab Steady does not know, or one whose
 * URL the browser keeps from us (no host permission), looks the same, and that is honest.
 */
export function siteToggleFor(url: string | undefined): SiteToggle | null {
  if (!url) return null;
  const site = siteFor(url);
  return SITE_TOGGLES.find((toggle) => toggle.id === site.id) ?? null;
}
