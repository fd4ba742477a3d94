/**
 * The popup's own calls to the browser: which tab it describes, asking that tab's frames for their
 * site health, the extension's version and the clipboard. Kept apart from browser.ts, which the
 * other extension pages share.
 */
import browser from 'webextension-polyfill';
import { HEALTH_PORT } from './relay';

/**
 * The tab the popup describes: the one it was opened over, or the tab whose id `requested` names
 * (popup.html?tab=<id>, for a popup opened in a tab of its own). Without the "tabs" permission the
 * browser gives the URL only for hosts we have host permission for (the built-in chat sites),
 * which is all the popup needs: any other tab is one Steady does not know.
 */
export async function describedTab(requested: number | null): Promise<{ id: number | undefined; url: string | undefined }> {
  try {
    const tab = requested === null ? (await browser.tabs.query({ active: true, currentWindow: true }))[0] : await browser.tabs.get(requested);
    return { id: tab?.id, url: tab?.url };
  } catch {
    return { id: undefined, url: undefined };
  }
}

/**
 * Asks every frame of a tab for its site health facts (a port reaches all frames); `onAnswer` gets
 * each frame's answer as it comes. `onClosed` runs when no frame can answer any more (none runs
 * Steady's content script, e.g. the tab was open before an update, or the tab went away).
 */
export function askTabHealth(tabId: number, onAnswer: (answer: unknown) => void, onClosed: () => void): void {
  try {
    const port = browser.tabs.connect(tabId, { name: HEALTH_PORT });
    port.onMessage.addListener((message: unknown) => onAnswer(message));
    port.onDisconnect.addListener(() => {
      // Read, so Chrome does not log "Unchecked runtime.lastError" when no frame runs Steady.
      void browser.runtime.lastError;
      onClosed();
    });
  } catch {
    onClosed();
  }
}

/** This build's version, from the manifest. */
export function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown';
  }
}

/** Puts `text` on the clipboard; resolves false when the browser refuses. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
