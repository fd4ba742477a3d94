import { onInstalled, onStartup, openExtensionPage, shareSessionStorageWithContentScripts } from '../platform/browser';

/** Content scripts keep tallies in session storage; Chrome only lets them in once we say so. */
function allowTallies(): void {
  void shareSessionStorageWithContentScripts().catch(() => {
    // Older browsers: tallies then live per tab, in memory.
  });
}

allowTallies();
onStartup(allowTallies);
onInstalled((reason) => {
  allowTallies();
  // First install: what Steady does, its privacy promise, and the practice chat to feel the pause in.
  if (reason === 'install') void openExtensionPage('welcome.html');
});
// The toolbar button opens popup.html (manifest action.default_popup), so there is no click handler.
