import { compactTally, EMPTY_TALLY, mergeTallies, parseTally, type Tally } from '../core/tally';
import type { StorageChange } from '../platform/native';

/** Session-storage key of one conversation's tally: this prefix, then the hashed conversation id. */
export const TALLY_KEY_PREFIX = 'tally:';

export interface SessionIO {
  read(): Promise<Record<string, unknown>>;
  write(items: Record<string, unknown>): Promise<unknown>;
  remove(keys: string[]): Promise<unknown>;
  onChange(listener: (changes: StorageChange[]) => void, signal: AbortSignal): void;
}

/**
 * Tallies for every conversation, in memory so the decision at keydown is synchronous,
 * mirrored to the extension's session storage so a reload or another tab of the same
 * conversation sees them. Keys are hashed conversation ids; values are only times.
 */
export class Tallies {
  private readonly memory = new Map<string, Tally>();

  constructor(private readonly io: SessionIO, signal: AbortSignal) {
    io.onChange((changes) => {
      for (const { key, newValue } of changes) {
        if (!key.startsWith(TALLY_KEY_PREFIX)) continue;
        const id = key.slice(TALLY_KEY_PREFIX.length);
        if (newValue === undefined) continue;
        this.memory.set(id, mergeTallies(this.get(id), parseTally(newValue)));
      }
    }, signal);
  }

  /** Reads what other tabs and earlier loads left. Safe to call once at start. */
  async load(): Promise<void> {
    const stored = await this.io.read();
    for (const [key, value] of Object.entries(stored)) {
      if (!key.startsWith(TALLY_KEY_PREFIX)) continue;
      const id = key.slice(TALLY_KEY_PREFIX.length);
      this.memory.set(id, mergeTallies(this.get(id), parseTally(value)));
    }
  }

  get(id: string): Tally {
    return this.memory.get(id) ?? EMPTY_TALLY;
  }

  /**
   * Changes one conversation's tally at `now`, and stores it in the background. The change is handed
   * that same `now`: a send stamped a millisecond after the time the copy is trimmed at would be cut
   * from the stored copy, and a reload or another tab would miss it.
   */
  update(id: string, change: (tally: Tally, now: number) => Tally, now: number, windowMs: number): Tally {
    const next = change(this.get(id), now);
    this.memory.set(id, next);
    const stored = compactTally(next, now, windowMs);
    void (stored ? this.io.write({ [TALLY_KEY_PREFIX + id]: stored }) : this.io.remove([TALLY_KEY_PREFIX + id]));
    return next;
  }
}
