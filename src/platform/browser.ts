/**
 * The only module that talks to the browser's extension APIs. Everything else receives
 * these functions, so it can be tested without a browser and goes quiet when they fail.
 */
import browser from 'webextension-polyfill';
import { asRecord, parseRelayRequest, RELAY, type RelayRequest } from './relay';

/** False once the extension was updated, reloaded or removed under an open tab. */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

export type StorageChange = { key: string; newValue: unknown };
/** sync: settings that follow the person. local: this device's stats and snooze. session: tallies. */
export type AreaName = 'sync' | 'local' | 'session';

function area(name: AreaName): browser.Storage.StorageArea | undefined {
  try {
    return browser.storage[name];
  } catch {
    return undefined;
  }
}

/** Reads keys from an area. `null` reads all. Resolves to {} when the area is unreachable. */
export async function readStorage(name: AreaName, keys: string | string[] | null): Promise<Record<string, unknown>> {
  try {
    const direct = area(name);
    if (direct) return (await direct.get(keys)) ?? {};
    if (name === 'session') return asRecord(await relay({ op: 'get', keys }));
    return {};
  } catch {
    return {};
  }
}

/** Writes; resolves false instead of throwing, since a lost write must never break the page. */
export async function writeStorage(name: AreaName, items: Record<string, unknown>): Promise<boolean> {
  try {
    const direct = area(name);
    if (direct) await direct.set(items);
    else if (name === 'session') return (await relay({ op: 'set', items })) === true;
    return true;
  } catch {
    return false;
  }
}

export async function removeStorage(name: AreaName, keys: string[]): Promise<void> {
  try {
    const direct = area(name);
    if (direct) await direct.remove(keys);
    else if (name === 'session') await relay({ op: 'remove', keys });
  } catch {
    // The context is gone or the area is off; nothing to undo.
  }
}

/** Calls `listener` for each changed key in `name` until `signal` aborts. */
export function onStorageChange(name: AreaName, listener: (changes: StorageChange[]) => void, signal: AbortSignal): void {
  const handle = (changes: Record<string, browser.Storage.StorageChange>, areaName: string): void => {
    if (areaName !== name || signal.aborted) return;
    listener(Object.entries(changes).map(([key, change]) => ({ key, newValue: change.newValue })));
  };
  if (name === 'session' && !area('session')) return relayChanges(listener, signal);
  try {
    browser.storage.onChanged.addListener(handle);
    signal.addEventListener('abort', () => {
      try {
        browser.storage.onChanged.removeListener(handle);
      } catch {
        // Already torn down with the context.
      }
    }, { once: true });
  } catch {
    // No storage events in this context: the tab keeps the values it has.
  }
}

export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path);
}

export async function openExtensionPage(path: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path) });
}

export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

/**
 * Background only: lets content scripts use storage.session. Chrome keeps it to trusted contexts
 * until setAccessLevel says otherwise; Firefox (153) has no setAccessLevel and never gives content
 * scripts storage.session, so there they reach it through the relay below instead.
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

// ---------------------------------------------------------------------------------------------
// Host access: Firefox MV3 lets people withhold the chat sites the manifest names.

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

/** Calls `listener` whenever permissions are added or removed (by Steady, or by the person in the browser's menus). */
export function onPermissionsChanged(listener: () => void): void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
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
// Session relay: storage.session for content scripts where the browser does not expose it (Firefox).

async function relay(request: RelayRequest): Promise<unknown> {
  return browser.runtime.sendMessage({ relay: RELAY, ...request });
}

/** Content script side: live session changes through a port, since storage.onChanged never brings them there. */
function relayChanges(listener: (changes: StorageChange[]) => void, signal: AbortSignal): void {
  try {
    const port = browser.runtime.connect({ name: RELAY });
    port.onMessage.addListener((message: unknown) => {
      if (signal.aborted) return;
      const changes = asRecord(message);
      listener(Object.entries(changes).map(([key, change]) => ({ key, newValue: asRecord(change).newValue })));
    });
    signal.addEventListener('abort', () => {
      try {
        port.disconnect();
      } catch {
        // The extension is gone and took the port with it.
      }
    }, { once: true });
  } catch {
    // No background to talk to: this tab keeps its own counts.
  }
}

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
