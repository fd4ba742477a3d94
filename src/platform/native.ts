/**
 * The extension APIs the content script needs (is the extension alive, storage, its own URLs),
 * through the browser's own namespace. No webextension-polyfill here: it is ~3 KB gzip loaded
 * into every chat frame, and Chrome (MV3, ≥ 120) and Firefox both return promises for these calls
 * natively. browser.ts re-exports these for the extension pages; the content path imports this file
 * only (importing browser.ts would bundle the polyfill into content.js).
 */
import type Browser from 'webextension-polyfill';

/** The subset of the namespace used here, typed with the polyfill's types (type-only: nothing is bundled). */
interface Native {
  runtime?: { id?: string; getURL(path: string): string };
  storage: Browser.Storage.Static & { session: Browser.Storage.StorageArea };
}

function api(): Native | undefined {
  const scope = globalThis as { browser?: Native; chrome?: Native };
  // Firefox has `browser`; Chrome has `chrome` (and newer versions `browser` too).
  return scope.browser?.runtime ? scope.browser : scope.chrome;
}

/** False once the extension was updated, reloaded or removed under an open tab. */
export function extensionAlive(): boolean {
  try {
    return Boolean(api()?.runtime?.id);
  } catch {
    return false;
  }
}

export type StorageChange = { key: string; newValue: unknown };
/** sync: settings that follow the person. local: this device's stats and snooze. session: tallies. */
export type AreaName = 'sync' | 'local' | 'session';

function area(name: AreaName): Browser.Storage.StorageArea | undefined {
  try {
    return api()?.storage[name];
  } catch {
    return undefined;
  }
}

/** Reads keys from an area. `null` reads all. Resolves to {} when the area is unreachable. */
export async function readStorage(name: AreaName, keys: string | string[] | null): Promise<Record<string, unknown>> {
  try {
    return (await area(name)?.get(keys)) ?? {};
  } catch {
    return {};
  }
}

/** Writes; resolves false instead of throwing, since a lost write must never break the page. */
export async function writeStorage(name: AreaName, items: Record<string, unknown>): Promise<boolean> {
  try {
    await area(name)?.set(items);
    return true;
  } catch {
    return false;
  }
}

export async function removeStorage(name: AreaName, keys: string[]): Promise<void> {
  try {
    await area(name)?.remove(keys);
  } catch {
    // The context is gone or the area is off; nothing to undo.
  }
}

/** Calls `listener` for each changed key in `name` until `signal` aborts. */
export function onStorageChange(name: AreaName, listener: (changes: StorageChange[]) => void, signal: AbortSignal): void {
  const handle = (changes: Record<string, Browser.Storage.StorageChange>, areaName: string): void => {
    if (areaName !== name || signal.aborted) return;
    listener(Object.entries(changes).map(([key, change]) => ({ key, newValue: change.newValue })));
  };
  try {
    const onChanged = api()?.storage.onChanged;
    if (!onChanged) return;
    onChanged.addListener(handle);
    signal.addEventListener('abort', () => {
      try {
        onChanged.removeListener(handle);
      } catch {
        // Already torn down with the context.
      }
    }, { once: true });
  } catch {
    // No storage events in this context: the tab keeps the values it has.
  }
}

/** The URL of a file in the extension; throws when the extension is gone. */
export function extensionUrl(path: string): string {
  const runtime = api()?.runtime;
  if (!runtime) throw new Error('extension runtime unavailable');
  return runtime.getURL(path);
}
