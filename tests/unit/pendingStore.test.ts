import { describe, expect, it, vi } from 'vitest';
import type { BendEvent } from '../../src/core/stats';
import { HOUR_MS, parsePending, type Pending } from '../../src/core/pending';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../src/core/settings';
import { applyDuePending, cancelHeld, saveWithHold, type HoldIO } from '../../src/options/pendingStore';
import { fakeClock } from './clock';

// The store is tested through injected IO; the browser module is never reached.
vi.mock('../../src/platform/browser', () => ({}));

/** Storage as JSON, so every read is a reload of what was written. */
function fakeStorage(settings: Settings, clock: ReturnType<typeof fakeClock>) {
  const stored: Record<string, string> = { settings: JSON.stringify(settings), pending: '[]' };
  const counted: BendEvent[] = [];
  const io: HoldIO = {
    readSettings: async () => parseSettings(JSON.parse(stored.settings as string)),
    writeSettings: async (next) => {
      stored.settings = JSON.stringify(next);
      return true;
    },
    readPending: async () => parsePending(JSON.parse(stored.pending as string)),
    writePending: async (pending: Pending) => {
      stored.pending = JSON.stringify(pending);
      return true;
    },
    count: (event) => counted.push(event),
    now: clock.now,
  };
  return { io, stored, counted };
}

describe('held changes in storage', () => {
  it('holds the looser part, applies it at its time after a reload, and counts the loosening once', async () => {
    const clock = fakeClock();
    const start: Settings = { ...DEFAULT_SETTINGS, holdMe: true, holdHours: 1 };
    const { io, counted } = fakeStorage(start, clock);
    const outcome = await saveWithHold(io, { ...start, limit: 9, windowSeconds: 300 });
    expect(outcome?.settings).toEqual({ ...start, windowSeconds: 300 });
    expect(outcome?.heldUntil).toBe(clock.now() + HOUR_MS);
    expect(counted).toEqual(['loosened']);

    clock.advance(HOUR_MS - 1);
    expect(await applyDuePending(io)).toBe(false);
    expect((await io.readSettings()).limit).toBe(4);
    clock.advance(1);
    expect(await applyDuePending(io)).toBe(true);
    expect(await io.readSettings()).toEqual({ ...start, windowSeconds: 300, limit: 9 });
    expect(await io.readPending()).toEqual([]);
  });

  it('cancel leaves the setting as it is, for good', async () => {
    const clock = fakeClock();
    const start: Settings = { ...DEFAULT_SETTINGS, holdMe: true, holdHours: 12 };
    const { io } = fakeStorage(start, clock);
    await saveWithHold(io, { ...start, sites: { ...start.sites, slack: false } });
    expect(await io.readPending()).toHaveLength(1);
    expect(await cancelHeld(io, 'sites.slack')).toBe(true);
    clock.advance(13 * HOUR_MS);
    expect(await applyDuePending(io)).toBe(false);
    expect((await io.readSettings()).sites.slack).toBe(true);
  });

  it('corrupt stored changes read as none and change nothing', async () => {
    const clock = fakeClock();
    const { io, stored } = fakeStorage(DEFAULT_SETTINGS, clock);
    stored.pending = JSON.stringify({ limit: 50 });
    expect(await applyDuePending(io)).toBe(false);
    expect(await io.readSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
