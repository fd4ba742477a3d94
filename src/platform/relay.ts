/** The session relay's messages (see browser.ts): plain data, checked field by field. No browser API here. */

export const RELAY = 'steady-session';

/** A content script asking the background to inject card.js into its own frame. */
export const CARD_REQUEST = 'steady-card';

/** The popup's port to every frame of a tab: each guarded frame answers with its site health facts. */
export const HEALTH_PORT = 'steady-health';

export function isCardRequest(message: unknown): boolean {
  return asRecord(message).request === CARD_REQUEST;
}

export type RelayRequest =
  | { op: 'get'; keys: string | string[] | null }
  | { op: 'set'; items: Record<string, unknown> }
  | { op: 'remove'; keys: string[] };

export function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

const isKeyList = (value: unknown): value is string[] => Array.isArray(value) && value.every((k) => typeof k === 'string');

/** A message from a content script, checked field by field: anything else is not a relay request. */
export function parseRelayRequest(message: unknown): RelayRequest | null {
  const m = asRecord(message);
  if (m.relay !== RELAY) return null;
  if (m.op === 'get' && (m.keys === null || typeof m.keys === 'string' || isKeyList(m.keys))) return { op: 'get', keys: m.keys };
  if (m.op === 'set' && typeof m.items === 'object' && m.items !== null && !Array.isArray(m.items)) return { op: 'set', items: asRecord(m.items) };
  if (m.op === 'remove' && isKeyList(m.keys)) return { op: 'remove', keys: m.keys };
  return null;
}
