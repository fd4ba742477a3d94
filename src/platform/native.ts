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

type ChangeListener = (changes: StorageChange[]) => void;

/**
 * The storage listeners of this context behind one browser listener: the content script follows
 * six things, and one change should wake it once, not six times. Attached with the first listener,
 * detached when the last one's signal aborts.
 */
class ChangeHub {
  private readonly entries = new Set<{ name: AreaName; listener: ChangeListener }>();
  private detach: (() => void) | null = null;

  constructor(private readonly attach: (deliver: (name: string, changes: StorageChange[]) => void) => (() => void) | null) {}

  add(name: AreaName, listener: ChangeListener, signal: AbortSignal): void {
    if (signal.aborted) return;
    const entry = { name, listener };
    this.entries.add(entry);
    signal.addEventListener('abort', () => {
      this.entries.delete(entry);
      if (this.entries.size === 0) this.stop();
    }, { once: true });
    if (this.detach) return;
    try {
      this.detach = this.attach((area, changes) => this.deliver(area, changes));
    } catch {
      // No storage events in this context: the tab keeps the values it has.
    }
  }

  private deliver(name: string, changes: StorageChange[]): void {
    for (const entry of this.entries) {
      if (entry.name !== name) continue;
      try {
        entry.listener(changes);
      } catch {
        // One listener's failure must not keep the change from the others.
      }
    }
  }

  private stop(): void {
    const detach = this.detach;
    this.detach = null;
    try {
      detach?.();
    } catch {
      // Already torn down with the context.
    }
  }
}

const changesOf = (changes: Record<string, { newValue?: unknown }>): StorageChange[] =>
  Object.entries(changes).map(([key, change]) => ({ key, newValue: change.newValue }));

/** storage.onChanged, every area. */
const browserChanges = new ChangeHub((deliver) => {
  const onChanged = api()?.storage.onChanged;
  if (!onChanged) return null;
  const handle = (changes: Record<string, Browser.Storage.StorageChange>, areaName: string): void => deliver(areaName, changesOf(changes));
  onChanged.addListener(handle);
  return () => onChanged.removeListener(handle);
});

/** Session changes through one port to the background: Firefox content scripts get no storage.onChanged for them. */
const relayedChanges = new ChangeHub((deliver) => {
  const port = api()?.runtime?.connect({ name: RELAY });
  if (!port) return null;
  port.onMessage.addListener((message: unknown) => {
    const changes = asRecord(message);
    deliver('session', Object.keys(changes).map((key) => ({ key, newValue: asRecord(changes[key]).newValue })));
  });
  return () => port.disconnect();
});

/** Calls `listener` for each changed key in `name` until `signal` aborts. */
export function onStorageChange(name: AreaName, listener: ChangeListener, signal: AbortSignal): void {
  const hub = name === 'session' && !area('session') ? relayedChanges : browserChanges;
  hub.add(name, listener, signal);
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
