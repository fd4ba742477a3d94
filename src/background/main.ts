import { onInstalled, onStartup, openExtensionPage, shareSessionStorageWithContentScripts } from '../platform/browser';
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
  // First install: what Steady does, its privacy promise, and the practice chat to feel the pause in.
  if (reason === 'install') void openExtensionPage('welcome.html');
});
// The toolbar button opens popup.html (manifest action.default_popup), so there is no click handler.
