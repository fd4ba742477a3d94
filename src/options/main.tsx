/** Options page entry: wires the form to extension storage. Everything testable lives in OptionsForm. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { parseSettings, SETTINGS_KEY, type Settings } from '../core/settings';
import { STREAKS_KEY } from '../core/streak';
import { grantHostPermissions, missingHostPermissions, onPermissionsChange, onStorageChange, readStorage, removeStorage } from '../platform/browser';
import { localizePage } from '../platform/i18n';
import { SITES } from '../sites';
import { sitesWithout } from '../sites/access';
import { CustomSites } from './CustomSites';
import { customSitesApi } from './customSitesApi';
import { HostAccess } from './HostAccess';
import { OptionsForm } from './OptionsForm';
import type { Pending } from '../core/pending';
import { applyDuePending, browserHoldIO, cancelHeld, saveWithHold, subscribePending } from './pendingStore';
import { SITE_TOGGLES } from './sites';

const hold = browserHoldIO();

/** Every save goes through the hold: with it off, that is a plain write (and looser changes are counted). */
function save(next: Settings) {
  return saveWithHold(hold, next);
}

/** The options form with the held changes kept live beside it. */
function HeldOptions({ initial, pending: first, clearStreaks }: { initial: Settings; pending: Pending; clearStreaks: () => void }) {
  const [pending, setPending] = useState(first);
  useEffect(() => subscribePending(setPending), []);
  return (
    <OptionsForm initial={initial} save={save} subscribe={subscribe} sites={SITE_TOGGLES} pending={pending} onCancelPending={(path) => cancelHeld(hold, path)} clearStreaks={clearStreaks}>
      <CustomSites api={customSitesApi} builtIn={SITES} />
    </OptionsForm>
  );
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
  // The background may have slept through a held change's time: apply what is due before showing anything.
  await applyDuePending(hold);
  const [stored, pending] = await Promise.all([readStorage('sync', SETTINGS_KEY), hold.readPending()]);
  render(
    <>
      <AccessNotice />
      <HeldOptions initial={parseSettings(stored[SETTINGS_KEY])} pending={pending} clearStreaks={() => void removeStorage('local', [STREAKS_KEY])} />
    </>,
    root,
  );
}

void start();
