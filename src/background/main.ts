import { onActionClicked, onInstalled, onStartup, openExtensionPage, openOptionsPage, shareSessionStorageWithContentScripts } from '../platform/browser';
import { syncCustomSites, watchCustomSites } from './customSites';

/** Content scripts keep tallies in session storage; Chrome only lets them in once we say so. */
function allowTallies(): void {
  void shareSessionStorageWithContentScripts().catch(() => {
    // Older browsers: tallies then live per tab, in memory.
  });
}

allowTallies();
watchCustomSites();
onStartup(() => {
  allowTallies();
  void syncCustomSites();
});
onInstalled((reason) => {
  allowTallies();
  // Registrations persist, but an update or a permission revoked while we were off may have changed what should exist.
  void syncCustomSites();
  // First install: a safe place to feel the pause before it happens in a real chat.
  if (reason === 'install') void openExtensionPage('practice.html');
});
onActionClicked(() => void openOptionsPage());
