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

/** Whether the extension may run on `pattern` now (the user can revoke it in the browser at any time). */
export async function hasHostPermission(pattern: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [pattern] });
  } catch {
    return false;
  }
}

/**
 * Asks the person for `pattern`. Call it straight from a click or submit handler, before any await:
 * browsers only show the prompt during a user gesture (Firefox insists on the very same call stack).
 */
export function requestHostPermission(pattern: string): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: [pattern] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Gives a host permission back. Resolves false when the browser refused (e.g. it was a required one). */
export async function releaseHostPermission(pattern: string): Promise<boolean> {
  try {
    return await browser.permissions.remove({ origins: [pattern] });
  } catch {
    return false;
  }
}

/** Calls `listener` whenever the extension gains or loses a permission (from Steady or the browser's UI). */
export function onPermissionsChange(listener: () => void): void {
  try {
    browser.permissions.onAdded.addListener(() => listener());
    browser.permissions.onRemoved.addListener(() => listener());
  } catch {
    // No permissions events here: the next start puts things right.
  }
}

/** Ids of the content scripts registered at run time. */
export async function registeredScriptIds(): Promise<string[]> {
  try {
    return (await browser.scripting.getRegisteredContentScripts()).map((script) => script.id);
  } catch {
    return [];
  }
}

/** Registers the content script for one more site, as the manifest does for the built-in ones. */
export async function registerSiteScript(id: string, pattern: string): Promise<boolean> {
  try {
    await browser.scripting.registerContentScripts([
      { id, matches: [pattern], js: ['content.js'], runAt: 'document_start', allFrames: true, persistAcrossSessions: true },
    ]);
    return true;
  } catch {
    return false;
  }
}

export async function unregisterSiteScripts(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  try {
    await browser.scripting.unregisterContentScripts({ ids });
  } catch {
    // One id was already gone: take them one by one so the others still go.
    for (const id of ids) await browser.scripting.unregisterContentScripts({ ids: [id] }).catch(() => undefined);
  }
}
