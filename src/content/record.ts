import { parseStats, recordChoice, type ReasonEvent, type StatEvent, type Stats } from '../core/stats';
import type { Zone } from '../core/zone';

export interface StatsIO {
  /** The stored stats value, whatever it is; resolves undefined when storage is unreachable. */
  read(): Promise<unknown>;
  write(stats: Stats): Promise<unknown>;
}

/**
 * Returns `record(event)`: counts a pause or a choice in the background. It returns at once and
 * never throws, so the card and the send never wait on storage; a failed write is simply a count
 * lost. Writes in this frame run one after another, so "shown" and its choice never overwrite
 * each other. (Two tabs would have to record in the same few milliseconds to lose a count.)
 */
export function statsRecorder(io: StatsIO, now: () => number, zone?: Zone): (event: StatEvent | ReasonEvent) => void {
  let queue: Promise<unknown> = Promise.resolve();
  return (event) => {
    // The moment of the choice, not of the write: a slow queue must not move it to another day.
    const at = now();
    queue = queue
      .then(async () => {
        const stored = parseStats(await io.read());
        await io.write(recordChoice(stored, event, at, zone));
      })
      .catch(() => {
        // Storage is gone (the extension was reloaded) or refused: counts are not worth an error.
      });
  };
}
