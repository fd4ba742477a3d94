/** Options page entry: wires the form to extension storage. Everything testable lives in OptionsForm. */
import { render } from 'preact';
import { parseSettings, SETTINGS_KEY, type Settings } from '../core/settings';
import { onStorageChange, readStorage, writeStorage } from '../platform/browser';
import { localizePage } from '../platform/i18n';
import { SITES } from '../sites';
import { CustomSites } from './CustomSites';
import { customSitesApi } from './customSitesApi';
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

async function start(): Promise<void> {
  localizePage(document, 'optionsPageTitle');
  const root = document.getElementById('app');
  if (!root) return;
  const stored = await readStorage('sync', SETTINGS_KEY);
  render(
    <OptionsForm initial={parseSettings(stored[SETTINGS_KEY])} save={save} subscribe={subscribe} sites={SITE_TOGGLES}>
      <CustomSites api={customSitesApi} builtIn={SITES} />
    </OptionsForm>,
    root,
  );
}

void start();
