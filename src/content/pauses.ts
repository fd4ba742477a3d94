import { breathFor, mergePauses, parsePauses, recordPause, runPosition } from '../core/breath';
import type { Settings } from '../core/settings';
import type { SessionIO } from './tallies';

/** One session key per conversation (hashed), like tallies. */
export const PAUSES_KEY_PREFIX = 'pauses:';

/** The breath for a pause about to open: its length and, when it grew, where the pause stands in its run (else 0). */
export interface Breath {
  readonly seconds: number;
  readonly run: number;
}

/**
 * When each conversation last paused, beside its tally: in memory for the synchronous decision,
 * mirrored to session storage so a reload or another tab continues the run. Only times.
 */
export class Pauses {
  private readonly memory = new Map<string, number[]>();

  constructor(private readonly io: SessionIO, signal: AbortSignal) {
    io.onChange((changes) => {
      for (const { key, newValue } of changes) {
        if (key.startsWith(PAUSES_KEY_PREFIX) && newValue !== undefined) this.merge(key.slice(PAUSES_KEY_PREFIX.length), newValue);
      }
    }, signal);
  }

  async load(): Promise<void> {
    const stored = await this.io.read();
    for (const [key, value] of Object.entries(stored)) if (key.startsWith(PAUSES_KEY_PREFIX)) this.merge(key.slice(PAUSES_KEY_PREFIX.length), value);
  }

  /** The breath a pause in this conversation gets now; the setting as it is unless the longer breath is on. */
  breath(id: string, settings: Settings, now: number): Breath {
    if (!settings.longerBreath) return { seconds: settings.breathSeconds, run: 0 };
    const run = runPosition(this.memory.get(id) ?? [], now);
    const seconds = breathFor(settings.breathSeconds, run);
    return { seconds, run: seconds > settings.breathSeconds ? run : 0 };
  }

  /** Remembers a pause that was shown. */
  add(id: string, now: number): void {
    const next = recordPause(this.memory.get(id) ?? [], now);
    this.memory.set(id, next);
    void this.io.write({ [PAUSES_KEY_PREFIX + id]: next });
  }

  private merge(id: string, value: unknown): void {
    this.memory.set(id, mergePauses(this.memory.get(id) ?? [], parsePauses(value)));
  }
}
