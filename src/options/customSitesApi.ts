/**
 * The custom-sites section's link to the browser. No messages to the background: the page asks for
 * the permission (it must, inside the click) and saves the list; the background sees the storage and
 * permission events and registers or unregisters the content script itself.
 */
import { CUSTOM_SITES_KEY, parseCustomSites, type CustomSite } from '../core/customSites';
import {
  hasHostPermission,
  onPermissionsChange,
  onStorageChange,
  readStorage,
  releaseHostPermission,
  requestHostPermission,
  writeStorage,
} from '../platform/browser';
import { SITES } from '../sites';
import type { CustomSitesApi } from './CustomSites';

const listeners = new Set<() => void>();
let watching = false;

function watch(): void {
  if (watching) return;
  watching = true;
  const notify = (): void => listeners.forEach((listener) => listener());
  onStorageChange('sync', (changes) => {
    if (changes.some((change) => change.key === CUSTOM_SITES_KEY)) notify();
  }, new AbortController().signal);
  // A permission revoked or granted in the browser's own UI shows here at once.
  onPermissionsChange(notify);
}

export const customSitesApi: CustomSitesApi = {
  async load() {
    const stored = await readStorage('sync', CUSTOM_SITES_KEY);
    return parseCustomSites(stored[CUSTOM_SITES_KEY], SITES);
  },
  save: (sites: readonly CustomSite[]) => writeStorage('sync', { [CUSTOM_SITES_KEY]: sites.map(({ pattern }) => ({ pattern })) }),
  granted: hasHostPermission,
  request: requestHostPermission,
  release: releaseHostPermission,
  subscribe(listener) {
    watch();
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
