import type { Settings } from '../core/settings';
import type { SiteToggle } from '../options/sites';
import { Toggle } from '../options/Toggle';
import { t, type MessageKey } from '../platform/i18n';
import { HealthPanel, type HealthInfo } from './HealthPanel';
import { streakWorksOn } from '../options/streakSites';

export interface SitePanelProps {
  /** The built-in site in the current tab, or null for any other tab. */
  site: SiteToggle | null;
  settings: Settings;
  snoozed: boolean;
  onChange: (on: boolean) => void;
  /** How the site fits Steady right now (the tab's answer); absent where there is no tab to ask. */
  health?: HealthInfo | undefined;
}

/** Why Steady is or is not pausing on this site right now: the first reason that applies. */
function stateKey(site: SiteToggle, settings: Settings, snoozed: boolean): MessageKey {
  if (!settings.enabled) return 'popupSiteAllOff';
  if (!settings.sites[site.id]) return 'popupSiteOff';
  return snoozed ? 'popupSiteSnoozed' : 'popupSiteOn';
}

/** Is Steady active on the current tab's site, with that site's own switch. */
export function SitePanel({ site, settings, snoozed, onChange, health }: SitePanelProps) {
  if (!site) return <p class="hint">{t('popupSiteUnknown')}</p>;
  return (
    <>
      <Toggle
        label={t('popupSiteToggle', site.name)}
        checked={settings.sites[site.id]}
        onChange={onChange}
        description={t(stateKey(site, settings, snoozed))}
      />
      {/* Switched off, Steady counts nothing here, so there is nothing to check. */}
      {health && settings.enabled && settings.sites[site.id] && <HealthPanel info={health} siteName={site.name} />}
      {/* Whether the streak rule applies here: never claimed where replies cannot be recognised. */}
      <p class="hint" data-streak>{t(!streakWorksOn(site.id) ? 'streakSiteNone' : settings.streakEnabled ? 'streakSiteOn' : 'streakSiteOff')}</p>
    </>
  );
}
