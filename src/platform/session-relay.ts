/**
 * storage.session for content scripts where the browser does not expose it (Firefox 153: no
 * storage.session and no setAccessLevel there). Content scripts ask the background by message, and
 * hear about changes through a port; the background serves both. Part of the platform layer, next
 * to browser.ts (which grew past the 250-line limit with it).
 */
import browser from 'webextension-polyfill';
import type { StorageChange } from './browser';
import { asRecord, parseRelayRequest, RELAY, type RelayRequest } from './relay';

/** Content script side: one storage.session call, answered by the background. */
export async function relayRequest(request: RelayRequest): Promise<unknown> {
  return browser.runtime.sendMessage({ relay: RELAY, ...request });
}

/** Content script side: live session changes through a port, since storage.onChanged never brings them there. */
export function relayChanges(listener: (changes: StorageChange[]) => void, signal: AbortSignal): void {
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
