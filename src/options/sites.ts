import { BUILT_IN_SITE_IDS, type BuiltInSiteId } from '../core/settings';
import { SITES } from '../sites';

export interface SiteToggle {
  readonly id: BuiltInSiteId;
  readonly name: string;
}

function isBuiltIn(id: string): id is BuiltInSiteId {
  return (BUILT_IN_SITE_IDS as readonly string[]).includes(id);
}

/** One switch per built-in site, in registry order. A site without a settings slot gets no switch. */
export const SITE_TOGGLES: readonly SiteToggle[] = SITES.flatMap((site) => (isBuiltIn(site.id) ? [{ id: site.id, name: site.name }] : []));
