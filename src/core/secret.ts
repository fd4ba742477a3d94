/**
 * The per-install random secret that salts stored conversation keys (streaks). Made once on this
 * device, never synced or exported: another install, or anyone with a list of phone numbers,
 * cannot compute the keys.
 */
export const INSTALL_SECRET_KEY = 'installSecret';

/** 128 random bits as 32 hex digits. */
const SECRET = /^[0-9a-f]{32}$/;

/** Reads the stored secret; anything else means there is none yet. */
export function parseSecret(value: unknown): string | null {
  return typeof value === 'string' && SECRET.test(value) ? value : null;
}

/** A fresh secret from 16 random bytes (the caller passes crypto.getRandomValues' output). */
export function secretFrom(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
