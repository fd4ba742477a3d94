import { mergeTallies, parseTally } from '../core/tally';
import { onActionClicked, serveSessionRelay, onInstalled, onStartup, openExtensionPage, openOptionsPage, shareSessionStorageWithContentScripts } from '../platform/browser';

/** Content scripts keep tallies in session storage; Chrome only lets them in once we say so. */
function allowTallies(): void {
  void shareSessionStorageWithContentScripts().catch(() => {
    // Older browsers: tallies then live per tab, in memory.
  });
}

allowTallies();
// Firefox content scripts reach session storage only through the background. A tally written there
// merges with the stored one, as tabs merge each other's changes; other keys are stored as given.
serveSessionRelay((key, stored, incoming) =>
  key.startsWith('tally:') && stored !== undefined ? mergeTallies(parseTally(stored), parseTally(incoming)) : incoming,
);
onStartup(allowTallies);
onInstalled((reason) => {
  allowTallies();
  // First install: a safe place to feel the pause before it happens in a real chat.
  if (reason === 'install') void openExtensionPage('practice.html');
});
onActionClicked(() => void openOptionsPage());
