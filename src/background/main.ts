import { mergeTallies, parseTally } from '../core/tally';
import {
  missingHostPermissions,
  onInstalled,
  onPermissionsChange,
  onStartup,
  openExtensionPage,
  serveCardScript,
  serveSessionRelay,
  setToolbarWarning,
  shareSessionStorageWithContentScripts,
} from '../platform/browser';
import { listOf, t } from '../platform/i18n';
import { storageHoldIO, watchPending } from '../options/pendingStore';
import { sitesWithout } from '../sites/access';
import { syncCustomSites, watchCustomSites } from './customSites';

/** Content scripts keep tallies in session storage; Chrome only lets them in once we say so. */
function allowTallies(): void {
  void shareSessionStorageWithContentScripts().catch(() => {
    // Older browsers: tallies then live per tab, in memory.
  });
}

/** Withheld chat sites (Firefox lets people do that) show on the toolbar: a "!" badge and a tooltip that says where. */
function showAccess(): void {
  void missingHostPermissions()
    .then((missing) => {
      const names = sitesWithout(missing);
      return setToolbarWarning(names.length ? t('actionTitleMissingAccess', listOf(names)) : null, t('extensionName'));
    })
    .catch(() => {
      // No permissions or action API here: the options page still says what is missing.
    });
}

allowTallies();
showAccess();
// Firefox content scripts reach session storage only through the background. A tally written there
// merges with the stored one, as tabs merge each other's changes; other keys are stored as given.
serveSessionRelay((key, stored, incoming) =>
  key.startsWith('tally:') && stored !== undefined ? mergeTallies(parseTally(stored), parseTally(incoming)) : incoming,
);
// The pause card is injected on request into the asking frame only, two sends before it may be needed.
serveCardScript('card.js');
watchCustomSites();
// Held settings changes take effect at their time: on every wake-up, and an alarm wakes us when one is due.
watchPending(storageHoldIO());
onPermissionsChange(showAccess);
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
