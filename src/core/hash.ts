/** 32-bit FNV-1a over UTF-16 code units, from a chosen offset basis. */
function fnv1a(text: string, basis: number): number {
  let hash = basis;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A stable, non-cryptographic id for a conversation key. Keys pass through it before they are
 * kept anywhere, so storage holds opaque ids, never a channel name or a phone number.
 * Two passes with different bases give 64 bits: collisions among one person's chats are negligible.
 */
export function hashKey(text: string): string {
  return fnv1a(text, 0x811c9dc5).toString(36) + '.' + fnv1a(text, 0x5eed1e55).toString(36);
}

/**
 * hashKey with a per-install secret mixed in before and after the text (the shape of an HMAC), so
 * the same chat gives a different key in every install and nobody can precompute keys from phone
 * numbers or channel names. Synchronous: it runs inside a keydown handler.
 */
export function keyedHashKey(secret: string, text: string): string {
  return hashKey(`${secret}|${text}|${secret}`);
}
