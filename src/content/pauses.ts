import { breathFor, mergePauses, parsePauses, recordPause, runPosition } from '../core/breath';
import type { Settings } from '../core/settings';
import { SessionMap, type SessionIO } from './sessionMap';

/** One session key per conversation (hashed), like tallies. */
export const PAUSES_KEY_PREFIX = 'pauses:';

/** The breath for a pause about to open: its length and, when it grew, where the pause stands in its run (else 0). */
export interface Breath {
  readonly seconds: number;
  readonly run: number;
}

/** When each conversation last paused, beside its tally, so a reload or another tab continues the run. */
export class Pauses {
  private readonly map: SessionMap<readonly number[]>;

  constructor(io: SessionIO, signal: AbortSignal) {
    this.map = new SessionMap(io, PAUSES_KEY_PREFIX, { empty: [], parse: parsePauses, merge: mergePauses }, signal);
  }

  load(): Promise<void> {
    return this.map.load();
  }

  /** The breath a pause in this conversation gets now; the setting as it is unless the longer breath is on. */
  breath(id: string, settings: Settings, now: number): Breath {
    if (!settings.longerBreath) return { seconds: settings.breathSeconds, run: 0 };
    const run = runPosition(this.map.get(id), now);
    const seconds = breathFor(settings.breathSeconds, run);
    return { seconds, run: seconds > settings.breathSeconds ? run : 0 };
  }

  /** Remembers a pause that was shown. */
  add(id: string, now: number): void {
    const next = recordPause(this.map.get(id), now);
    this.map.set(id, next, next);
  }
}
