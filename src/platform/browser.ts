/**
 * The only module that talks to the browser's extension APIs (with native.ts, its polyfill-free
 * part for the content script). Everything else receives these functions, so it can be tested
 * without a browser and goes quiet when they fail.
 */
import browser from 'webextension-polyfill';

export { extensionAlive, extensionUrl, onStorageChange, readStorage, removeStorage, writeStorage } from './native';
export type { AreaName, StorageChange } from './native';

export async function openExtensionPage(path: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path) });
}

export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

/** Background only: lets content scripts use storage.session (Chrome keeps it to trusted contexts by default). */
export async function shareSessionStorageWithContentScripts(): Promise<void> {
  const session = browser.storage.session as browser.Storage.StorageArea & {
    setAccessLevel?: (options: { accessLevel: string }) => Promise<void>;
  };
  await session.setAccessLevel?.({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' });
}

export function onInstalled(listener: (reason: string) => void): void {
  browser.runtime.onInstalled.addListener((details) => listener(details.reason));
}

export function onStartup(listener: () => void): void {
  browser.runtime.onStartup.addListener(listener);
}

/**
 * The URL of the tab the popup was opened over, or undefined. Without the "tabs" permission the
 * browser gives the URL only for hosts we have host permission for (the built-in chat sites),
 * which is all the popup needs: any other tab is one Steady does not know.
 */
export async function activeTabUrl(): Promise<string | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.url;
  } catch {
    return undefined;
  }
}
