import { compactTally, EMPTY_TALLY, mergeTallies, parseTally, type Tally } from '../core/tally';
import { SessionMap, type SessionIO } from './sessionMap';

/** Session-storage key of one conversation's tally: this prefix, then the hashed conversation id. */
export const TALLY_KEY_PREFIX = 'tally:';

/** Send times, resets and cooldowns per conversation, shared by this conversation's tabs and reloads. */
export class Tallies {
  private readonly map: SessionMap<Tally>;

  constructor(io: SessionIO, signal: AbortSignal) {
    this.map = new SessionMap(io, TALLY_KEY_PREFIX, { empty: EMPTY_TALLY, parse: parseTally, merge: mergeTallies }, signal);
  }

  /** Reads what other tabs and earlier loads left. Safe to call once at start. */
  load(): Promise<void> {
    return this.map.load();
  }

  get(id: string): Tally {
    return this.map.get(id);
  }

  /**
   * Changes one conversation's tally at `now`, and stores it in the background. The change is handed
   * that same `now`: a send stamped a millisecond after the time the copy is trimmed at would be cut
   * from the stored copy, and a reload or another tab would miss it. A change that returns the
   * tally it was given stores nothing.
   */
  update(id: string, change: (tally: Tally, now: number) => Tally, now: number, windowMs: number): Tally {
    const before = this.get(id);
    const next = change(before, now);
    // Nothing changed: nothing to store, and no other tab to wake.
    if (next !== before) this.map.set(id, next, compactTally(next, now, windowMs));
    return next;
  }
}
