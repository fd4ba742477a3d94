import { onActionClicked, onInstalled, onStartup, openExtensionPage, openOptionsPage, shareSessionStorageWithContentScripts } from '../platform/browser';

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
  // First install: a safe place to feel the pause before it happens in a real chat.
  if (reason === 'install') void openExtensionPage('practice.html');
});
onActionClicked(() => void openOptionsPage());
