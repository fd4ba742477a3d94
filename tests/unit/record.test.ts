import { describe, expect, it, vi } from 'vitest';
import { EMPTY_DAY, EMPTY_STATS, parseStats, type Stats } from '../../src/core/stats';
import { statsRecorder } from '../../src/content/record';
import { fakeClock } from './clock';
import { fixedZone } from './zones';

const utc = fixedZone(0);

/** A storage stand-in that answers after a tick, like the real one. */
function fakeStorage(initial: unknown = undefined) {
  let value = initial;
  return {
    get value(): Stats {
      return parseStats(value);
    },
    io: {
      read: vi.fn(async () => {
        await Promise.resolve();
        return value;
      }),
      write: vi.fn(async (stats: Stats) => {
        await Promise.resolve();
        value = JSON.parse(JSON.stringify(stats)) as unknown;
      }),
    },
  };
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('recording pauses and choices', () => {
  it('returns at once and counts in the background, in order, without losing one', async () => {
    const storage = fakeStorage();
    const clock = fakeClock(Date.UTC(2026, 10, 26, 9));
    const record = statsRecorder(storage.io, clock.now, utc);
    expect(record('shown')).toBeUndefined();
    record('waited');
    record('shown');
    record('sentAnyway');
    expect(storage.io.write).not.toHaveBeenCalled();
    await settle();
    expect(storage.value.days).toEqual({ '2026-11-26': { ...EMPTY_DAY, shown: 2, waited: 1, keptEditing: 0, sentAnyway: 1 } });
  });

  it('dates a choice by when it was made, not when the write got through', async () => {
    const storage = fakeStorage();
    const clock = fakeClock(Date.UTC(2026, 10, 26, 23, 59, 59, 999));
    const record = statsRecorder(storage.io, clock.now, utc);
    record('keptEditing');
    clock.advance(1);
    await settle();
    expect(Object.keys(storage.value.days)).toEqual(['2026-11-26']);
  });

  it('adds to what is stored and repairs what is corrupt', async () => {
    const storage = fakeStorage({ days: { '2026-11-26': { ...EMPTY_DAY, shown: 4, waited: 'x' } } });
    const record = statsRecorder(storage.io, fakeClock(Date.UTC(2026, 10, 26, 9)).now, utc);
    record('shown');
    await settle();
    expect(storage.value.days['2026-11-26']).toEqual({ ...EMPTY_DAY, shown: 5, waited: 0, keptEditing: 0, sentAnyway: 0 });
  });

  it('stays silent when storage fails, and keeps counting afterwards', async () => {
    const storage = fakeStorage(EMPTY_STATS);
    storage.io.write.mockRejectedValueOnce(new Error('Extension context invalidated.'));
    storage.io.read.mockRejectedValueOnce(new Error('Extension context invalidated.'));
    const record = statsRecorder(storage.io, fakeClock(Date.UTC(2026, 10, 26, 9)).now, utc);
    record('shown');
    record('waited');
    record('keptEditing');
    await settle();
    expect(storage.value.days['2026-11-26']).toMatchObject({ ...EMPTY_DAY, shown: 0, waited: 0, keptEditing: 1 });
  });
});
