import type { StorageChange } from '../platform/native';

export interface SessionIO {
  read(): Promise<Record<string, unknown>>;
  write(items: Record<string, unknown>): Promise<unknown>;
  remove(keys: string[]): Promise<unknown>;
  onChange(listener: (changes: StorageChange[]) => void, signal: AbortSignal): void;
}

/** How one kind of per-conversation value is read back and how two tabs' copies become one. */
export interface SessionValue<T> {
  readonly empty: T;
  parse(stored: unknown): T;
  merge(a: T, b: T): T;
}

/**
 * One value per conversation (keys are hashed ids, values only times), in memory so the decision
 * at keydown is synchronous, and mirrored to the extension's session storage under `prefix`, so a
 * reload or another tab of the same conversation continues from it. Copies from other tabs are
 * merged in, never taken over, so two tabs writing at once both keep what they know.
 */
export class SessionMap<T> {
  private readonly memory = new Map<string, T>();

  constructor(
    private readonly io: SessionIO,
    private readonly prefix: string,
    private readonly kind: SessionValue<T>,
    signal: AbortSignal,
  ) {
    io.onChange((changes) => {
      // A removal brings nothing to merge: what this tab holds expires by itself.
      for (const { key, newValue } of changes) if (newValue !== undefined) this.absorb(key, newValue);
    }, signal);
  }

  /** Reads what other tabs and earlier loads left. Safe to call once at start. */
  async load(): Promise<void> {
    for (const [key, value] of Object.entries(await this.io.read())) this.absorb(key, value);
  }

  get(id: string): T {
    return this.memory.get(id) ?? this.kind.empty;
  }

  /** Keeps `value` for this tab, and stores `stored` in the background (null: nothing worth storing). */
  set(id: string, value: T, stored: T | null): void {
    this.memory.set(id, value);
    const key = this.prefix + id;
    void (stored === null ? this.io.remove([key]) : this.io.write({ [key]: stored }));
  }

  private absorb(key: string, value: unknown): void {
    if (!key.startsWith(this.prefix)) return;
    const id = key.slice(this.prefix.length);
    this.memory.set(id, this.kind.merge(this.get(id), this.kind.parse(value)));
  }
}
