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

export function onActionClicked(listener: () => void): void {
  browser.action.onClicked.addListener(listener);
}
