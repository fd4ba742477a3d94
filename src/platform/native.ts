/**
 * The extension APIs the content script needs (is the extension alive, storage, its own URLs),
 * through the browser's own namespace. No webextension-polyfill here: it is ~3 KB gzip loaded
 * into every chat frame, and Chrome (MV3, ≥ 120) and Firefox both return promises for these calls
 * natively. browser.ts re-exports these for the extension pages; the content path imports this file
 * only (importing browser.ts would bundle the polyfill into content.js).
 */
import type Browser from 'webextension-polyfill';
import { asRecord, CARD_REQUEST, HEALTH_PORT, RELAY, type RelayRequest } from './relay';

/** The subset of the namespace used here, typed with the polyfill's types (type-only: nothing is bundled). */
interface Native {
  runtime?: {
    id?: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    connect(info: { name: string }): Browser.Runtime.Port;
    onConnect?: Browser.Runtime.Static['onConnect'];
  };
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
    const direct = area(name);
    if (direct) return (await direct.get(keys)) ?? {};
    if (name === 'session') return asRecord(await relayRequest({ op: 'get', keys }));
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
    else if (name === 'session') return (await relayRequest({ op: 'set', items })) === true;
    return true;
  } catch {
    return false;
  }
}

export async function removeStorage(name: AreaName, keys: string[]): Promise<void> {
  try {
    const direct = area(name);
    if (direct) await direct.remove(keys);
    else if (name === 'session') await relayRequest({ op: 'remove', keys });
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
  // Firefox content scripts have no storage.session, and no events for it either.
  if (name === 'session' && !area('session')) return relayChanges(listener, signal);
  try {
    const onChanged = api()?.storage.onChanged;
    if (!onChanged) return;
    listenUntilAbort(onChanged, handle, signal);
  } catch {
    // No storage events in this context: the tab keeps the values it has.
  }
}

/** Adds `listener` to an extension event until `signal` aborts; a context already torn down is no error. */
function listenUntilAbort<L>(event: { addListener(listener: L): void; removeListener(listener: L): void }, listener: L, signal: AbortSignal): void {
  event.addListener(listener);
  signal.addEventListener('abort', () => {
    try {
      event.removeListener(listener);
    } catch {
      // Already torn down with the context.
    }
  }, { once: true });
}

/** The URL of a file in the extension; throws when the extension is gone. */
export function extensionUrl(path: string): string {
  const runtime = api()?.runtime;
  if (!runtime) throw new Error('extension runtime unavailable');
  return runtime.getURL(path);
}

/** Asks the background to run card.js in this frame; resolves once it ran, rejects if it could not. */
export async function requestCardScript(): Promise<void> {
  const runtime = api()?.runtime;
  if (!runtime) throw new Error('extension runtime unavailable');
  if ((await runtime.sendMessage({ request: CARD_REQUEST })) !== true) throw new Error('card.js was not injected');
}

/**
 * Answers the popup's site health question: the popup connects to every frame of its tab, and
 * each frame posts its counts once. Nothing runs until the popup asks.
 */
export function answerHealth(facts: () => unknown, signal: AbortSignal): void {
  try {
    const onConnect = api()?.runtime?.onConnect;
    if (!onConnect) return;
    const answer = (port: Browser.Runtime.Port): void => {
      if (port.name !== HEALTH_PORT || signal.aborted) return;
      try {
        port.postMessage(facts());
      } catch {
        // The popup closed before the answer: nobody is waiting.
      }
    };
    listenUntilAbort(onConnect, answer, signal);
  } catch {
    // No runtime here: the popup simply hears nothing from this frame.
  }
}

// Session relay, content script side (the background serves it: serveSessionRelay in browser.ts).

/** One storage.session call, answered by the background. */
async function relayRequest(request: RelayRequest): Promise<unknown> {
  const runtime = api()?.runtime;
  if (!runtime) throw new Error('extension runtime unavailable');
  return runtime.sendMessage({ relay: RELAY, ...request });
}

/** Live session changes through a port, since storage.onChanged never brings them here. */
function relayChanges(listener: (changes: StorageChange[]) => void, signal: AbortSignal): void {
  try {
    const port = api()?.runtime?.connect({ name: RELAY });
    if (!port) return;
    port.onMessage.addListener((message: unknown) => {
      if (signal.aborted) return;
      listener(Object.entries(asRecord(message)).map(([key, change]) => ({ key, newValue: asRecord(change).newValue })));
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
