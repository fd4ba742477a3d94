/** Options page entry: wires the form to extension storage. Everything testable lives in OptionsForm. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { parseSettings, SETTINGS_KEY, type Settings } from '../core/settings';
import { STREAKS_KEY } from '../core/streak';
import { grantHostPermissions, missingHostPermissions, onPermissionsChange, onStorageChange, readStorage, removeStorage, writeStorage } from '../platform/browser';
import { localizePage } from '../platform/i18n';
import { SITES } from '../sites';
import { sitesWithout } from '../sites/access';
import { CustomSites } from './CustomSites';
import { customSitesApi } from './customSitesApi';
import { HostAccess } from './HostAccess';
import { OptionsForm } from './OptionsForm';
import { SITE_TOGGLES } from './sites';

function save(next: Settings): Promise<boolean> {
  return writeStorage('sync', { [SETTINGS_KEY]: next });
}

// Changes arrive in the order storage applied them, our own writes included, so the last one always matches storage.
function subscribe(listener: (next: Settings) => void): () => void {
  const controller = new AbortController();
  onStorageChange(
    'sync',
    (changes) => {
      for (const change of changes) if (change.key === SETTINGS_KEY) listener(parseSettings(change.newValue));
    },
    controller.signal,
  );
  return () => controller.abort();
}

/** The access notice, kept current: it re-checks on every permission change, from here or the browser's menus. */
function AccessNotice() {
  const [missing, setMissing] = useState<readonly string[]>([]);
  const check = (): void => {
    missingHostPermissions().then((origins) => setMissing(sitesWithout(origins)), () => setMissing([]));
  };
  useEffect(() => {
    check();
    onPermissionsChange(check);
  }, []);
  if (missing.length === 0) return null;
  return (
    <div class="access-slot">
      <HostAccess missing={missing} grant={() => grantHostPermissions().finally(check)} />
    </div>
  );
}

async function start(): Promise<void> {
  localizePage(document, 'optionsPageTitle');
  const root = document.getElementById('app');
  if (!root) return;
  const stored = await readStorage('sync', SETTINGS_KEY);
  render(
    <>
      <AccessNotice />
      <OptionsForm initial={parseSettings(stored[SETTINGS_KEY])} save={save} subscribe={subscribe} sites={SITE_TOGGLES} clearStreaks={() => void removeStorage('local', [STREAKS_KEY])}>
        <CustomSites api={customSitesApi} builtIn={SITES} />
      </OptionsForm>
    </>,
    root,
  );
}

void start();
