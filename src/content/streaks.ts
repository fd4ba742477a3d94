import { keyedHashKey } from '../core/hash';
import { parseSecret } from '../core/secret';
import { compactStreaks, EMPTY_STREAK, mergeStreaks, parseStreaks, sameStreak, STREAKS_KEY, type Streak } from '../core/streak';
import type { StorageChange } from '../platform/native';
import { INSTALL_SECRET_KEY, loadSecret, type SecretIO } from './installSecret';

export interface LocalIO extends SecretIO {
  onChange(listener: (changes: StorageChange[]) => void, signal: AbortSignal): void;
}

/**
 * Streaks for every conversation, in memory so the decision at keydown is synchronous, mirrored
 * to storage.local (a streak spans hours, so it must outlive the browser). Stored keys are the
 * conversation keys hashed with this install's secret; values are only times. Tabs merge each
 * other's copies as they arrive, and write back when their own copy held more.
 */
export class Streaks {
  private secret: string | null = null;
  private memory: Record<string, Streak> = {};

  constructor(private readonly io: LocalIO, private readonly now: () => number, private readonly signal: AbortSignal) {}

  /**
   * Follows other tabs, reads the secret (making it on first use) and what earlier loads left.
   * Only reply-aware sites call it: elsewhere streaks are neither read nor followed.
   */
  async load(): Promise<void> {
    this.io.onChange((changes) => {
      for (const { key, newValue } of changes) {
        if (key === INSTALL_SECRET_KEY) this.secret = parseSecret(newValue) ?? this.secret;
        // Removed ("Reset to defaults" asked to forget them, or storage was cleared): every tab forgets too.
        if (key !== STREAKS_KEY) continue;
        if (newValue === undefined) this.memory = {};
        else this.absorb(newValue, true);
      }
    }, this.signal);
    const secret = await loadSecret(this.io);
    this.secret ??= secret;
    this.absorb((await this.io.read(STREAKS_KEY))[STREAKS_KEY], false);
  }

  /** The stored key for a raw conversation key; null until the secret is known (the rule then waits). */
  key(raw: string): string | null {
    return this.secret === null ? null : keyedHashKey(this.secret, raw);
  }

  get(key: string): Streak {
    return this.memory[key] ?? EMPTY_STREAK;
  }

  /** Changes one conversation's streak now, and stores every streak in the background. */
  update(key: string, change: (streak: Streak) => Streak): Streak {
    const before = this.get(key);
    const next = change(before);
    if (next === before) return next;
    this.memory[key] = next;
    this.store();
    return next;
  }

  private absorb(value: unknown, fromOtherTab: boolean): void {
    const incoming = parseStreaks(value);
    for (const [key, streak] of Object.entries(incoming)) this.memory[key] = mergeStreaks(this.get(key), streak);
    this.memory = compactStreaks(this.memory, this.now());
    // Two tabs that wrote at once: each keeps both in memory; the one that knew more (or less that is stale) writes back.
    const richer = Object.entries(this.memory).some(([key, streak]) => !sameStreak(streak, incoming[key]));
    if (fromOtherTab && richer) this.store();
  }

  private store(): void {
    const now = this.now();
    this.memory = compactStreaks(this.memory, now);
    void this.io.write({ [STREAKS_KEY]: this.memory });
  }
}
