/**
 * Keeps the content-script registrations of custom sites in step with the stored list and the
 * permissions the person granted. The background is their only writer: the options page just asks
 * for permission and saves the list, and the resulting storage and permission events bring us here.
 * One writer means no race between two contexts registering the same id, and the same path covers
 * start-up, install, a list synced from another computer, and a permission revoked in the browser's UI.
 */
import { CUSTOM_SITES_KEY, parseCustomSites, planRegistrations, scriptId } from '../core/customSites';
import {
  hasHostPermission,
  onPermissionsChange,
  onStorageChange,
  readStorage,
  registeredScriptIds,
  registerSiteScript,
  unregisterSiteScripts,
} from '../platform/browser';
import { SITES } from '../sites';

async function reconcile(): Promise<void> {
  const stored = await readStorage('sync', CUSTOM_SITES_KEY);
  const sites = parseCustomSites(stored[CUSTOM_SITES_KEY], SITES);
  const granted = new Set<string>();
  for (const site of sites) if (await hasHostPermission(site.pattern)) granted.add(site.pattern);
  const plan = planRegistrations(sites, granted, await registeredScriptIds());
  await unregisterSiteScripts(plan.unregister);
  // One at a time: a site the browser refuses must not keep the others from being guarded.
  for (const site of plan.register) await registerSiteScript(scriptId(site.pattern), site.pattern);
}

let queue: Promise<void> = Promise.resolve();

/** Runs one reconcile after any already running, so two events never register the same id twice. */
export function syncCustomSites(): Promise<void> {
  queue = queue.then(reconcile).catch(() => {
    // A failed pass leaves things as they were; the next event or start tries again.
  });
  return queue;
}

/** Listens for what can change the wanted registrations. Call once, at the top level of the worker. */
export function watchCustomSites(): void {
  onStorageChange('sync', (changes) => {
    if (changes.some((change) => change.key === CUSTOM_SITES_KEY)) void syncCustomSites();
  }, new AbortController().signal);
  onPermissionsChange(() => void syncCustomSites());
}
