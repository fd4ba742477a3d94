/**
 * The only module that talks to the browser's extension APIs (with native.ts, its polyfill-free
 * part for the content script). Everything else receives these functions, so it can be tested
 * without a browser and goes quiet when they fail.
 */
import browser from 'webextension-polyfill';
import { asRecord, isCardRequest, parseRelayRequest, RELAY } from './relay';

export { extensionAlive, extensionUrl, onStorageChange, readStorage, removeStorage, writeStorage } from './native';
export type { AreaName, StorageChange } from './native';

export async function openExtensionPage(path: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path) });
}

export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

/**
 * Background only: lets content scripts use storage.session. Chrome keeps it to trusted contexts
 * until setAccessLevel says otherwise; Firefox (153) has no setAccessLevel and never gives content
 * scripts storage.session, so there they reach it through the relay (native.ts asks, serveSessionRelay below answers).
 */
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

// ---------------------------------------------------------------------------------------------
// Built-in sites: Firefox MV3 lets people withhold the hosts the manifest names (changes: onPermissionsChange).

/** The manifest's host patterns the browser does not grant right now; [] when all are granted. */
export async function missingHostPermissions(): Promise<string[]> {
  const wanted = browser.runtime.getManifest().host_permissions ?? [];
  const granted = await Promise.all(wanted.map((origin) => browser.permissions.contains({ origins: [origin] })));
  return wanted.filter((_, index) => !granted[index]);
}

/**
 * Asks the browser for every host the manifest names. Call it straight from a click handler, with
 * no await before it: browsers only show the request during a user gesture. Resolves to whether
 * access was given.
 */
export function grantHostPermissions(): Promise<boolean> {
  const origins = browser.runtime.getManifest().host_permissions ?? [];
  return browser.permissions.request({ origins });
}

/** Background only: a "!" badge and a tooltip on the toolbar button, or back to the plain button when `title` is null. */
export async function setToolbarWarning(title: string | null, defaultTitle: string): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ text: title ? '!' : '' }),
    browser.action.setBadgeBackgroundColor({ color: '#b3261e' }),
    browser.action.setTitle({ title: title ?? defaultTitle }),
  ]);
}

// ---------------------------------------------------------------------------------------------
/**
 * Background only: injects `file` into the frame of a content script that asks (requestCardScript).
 * Only into the asking tab and frame, which already runs Steady's content script, so no new access.
 */
export function serveCardScript(file: string): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    const tabId = sender.tab?.id;
    if (!isCardRequest(message) || tabId === undefined) return undefined;
    return browser.scripting
      .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [file] })
      .then(() => true);
  });
}

// Session relay, background side: storage.session for Firefox content scripts (their side: native.ts).

/**
 * Background only: serves the relay. `merge(key, stored, incoming)` decides what a write keeps, so
 * two tabs writing the same key combine their counts instead of the later one erasing the other.
 */
export function serveSessionRelay(merge: (key: string, stored: unknown, incoming: unknown) => unknown): void {
  const session = browser.storage.session;
  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = parseRelayRequest(message);
    // Not ours: let other listeners answer. A malformed relay request gets a clear refusal.
    if (!request) return asRecord(message).relay === RELAY ? Promise.reject(new Error('malformed session relay request')) : undefined;
    if (request.op === 'get') return session.get(request.keys);
    if (request.op === 'remove') return session.remove(request.keys).then(() => true);
    const keys = Object.keys(request.items);
    return session.get(keys).then((stored) => {
      const merged = Object.fromEntries(keys.map((key) => [key, merge(key, stored[key], request.items[key])]));
      return session.set(merged).then(() => true);
    });
  });
  const ports = new Set<browser.Runtime.Port>();
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== RELAY) return;
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
  });
  browser.storage.onChanged.addListener((changes, areaName) => {
    if (areaName !== 'session') return;
    const plain = Object.fromEntries(Object.entries(changes).map(([key, change]) => [key, { newValue: change.newValue }]));
    for (const port of ports) {
      try {
        port.postMessage(plain);
      } catch {
        ports.delete(port);
      }
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Alarms: the background may sleep; an alarm wakes it when a held settings change is due.

/** Wakes the background at `when` (ms since epoch) with `name`; null clears it. */
export async function setAlarm(name: string, when: number | null): Promise<void> {
  try {
    if (when === null) await browser.alarms.clear(name);
    else await browser.alarms.create(name, { when });
  } catch {
    // No alarms here: the change is applied on the next start or when options or the popup open.
  }
}

export function onAlarm(name: string, listener: () => void): void {
  try {
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === name) listener();
    });
  } catch {
    // As above: other wake-ups apply what is due.
  }
}
