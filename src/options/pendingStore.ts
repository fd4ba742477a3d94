/**
 * "Hold me to my settings" against storage: the one module that reads and writes the pending
 * changes (core/pending.ts has the key, the parser and the rules). Used by the options page, the
 * popup and the background, so whichever wakes first applies what is due.
 */
import type { Path } from '../core/looser';
import { applyDue, cancelPending, nextDue, parsePending, PENDING_CHANGES_KEY, planChange, type Pending } from '../core/pending';
import { parseSettings, sameSettings, SETTINGS_KEY, type Settings } from '../core/settings';
import { STATS_KEY, type BendEvent } from '../core/stats';
import { onAlarm, onStorageChange, readStorage, setAlarm, writeStorage } from '../platform/browser';
import { statsRecorder } from '../content/record';

export interface HoldIO {
  readSettings(): Promise<Settings>;
  writeSettings(settings: Settings): Promise<boolean>;
  readPending(): Promise<Pending>;
  writePending(pending: Pending): Promise<boolean>;
  count(event: BendEvent): void;
  now(): number;
}

/** What a save stored: the settings now in force, and when the earliest held part takes effect (null: nothing held). */
export interface SaveOutcome {
  readonly settings: Settings;
  readonly heldUntil: number | null;
}

/** Saves `next`, holding back what makes Steady looser while the hold is on. Resolves null when a write failed. */
export async function saveWithHold(io: HoldIO, next: Settings): Promise<SaveOutcome | null> {
  const [current, pending] = await Promise.all([io.readSettings(), io.readPending()]);
  const plan = planChange(current, next, pending, io.now());
  const held = plan.pending.filter((change) => !pending.includes(change));
  const settingsOk = sameSettings(plan.settings, current) || (await io.writeSettings(plan.settings));
  const pendingOk = JSON.stringify(plan.pending) === JSON.stringify(pending) || (await io.writePending(plan.pending));
  for (let i = 0; i < plan.loosened.length; i += 1) io.count('loosened');
  if (!settingsOk || !pendingOk) return null;
  return { settings: plan.settings, heldUntil: nextDue(held) };
}

/** Applies every held change that is due now. Resolves true when something changed. */
export async function applyDuePending(io: HoldIO): Promise<boolean> {
  const pending = await io.readPending();
  if (pending.length === 0) return false;
  const result = applyDue(await io.readSettings(), pending, io.now());
  if (result.applied.length === 0) return false;
  // Settings first: a lost pending write then only re-applies the same values.
  if (!(await io.writeSettings(result.settings))) return false;
  await io.writePending(result.pending);
  return true;
}

export async function cancelHeld(io: HoldIO, path: Path): Promise<boolean> {
  return io.writePending(cancelPending(await io.readPending(), path));
}

/** Settings in sync, pending changes in local. Counts nothing: the background only applies what is due. */
export function storageHoldIO(): HoldIO {
  return {
    readSettings: async () => parseSettings((await readStorage('sync', SETTINGS_KEY))[SETTINGS_KEY]),
    writeSettings: (settings) => writeStorage('sync', { [SETTINGS_KEY]: settings }),
    readPending: async () => parsePending((await readStorage('local', PENDING_CHANGES_KEY))[PENDING_CHANGES_KEY]),
    writePending: (pending) => writeStorage('local', { [PENDING_CHANGES_KEY]: pending }),
    count: () => undefined,
    now: () => Date.now(),
  };
}

/** The options page's and popup's IO: as above, and snoozes and loosenings are counted in the day's stats. */
export function browserHoldIO(): HoldIO {
  const record = statsRecorder({
    read: async () => (await readStorage('local', STATS_KEY))[STATS_KEY],
    write: (stats) => writeStorage('local', { [STATS_KEY]: stats }),
  }, () => Date.now());
  return { ...storageHoldIO(), count: record };
}

/** Follows the pending changes while a page is open; returns an unsubscribe. */
export function subscribePending(listener: (pending: Pending) => void): () => void {
  const controller = new AbortController();
  onStorageChange('local', (changes) => {
    for (const { key, newValue } of changes) if (key === PENDING_CHANGES_KEY) listener(parsePending(newValue));
  }, controller.signal);
  return () => controller.abort();
}

const ALARM = 'pendingChanges';

/** Background: apply what is due now, and wake again when the next change is due. */
export async function keepPendingOnTime(io: HoldIO): Promise<void> {
  await applyDuePending(io);
  await setAlarm(ALARM, nextDue(await io.readPending()));
}

/** Background: apply on every wake-up, at each alarm, and re-arm whenever the list changes. Listeners are added at once, as a service worker needs. */
export function watchPending(io: HoldIO): void {
  void keepPendingOnTime(io);
  onStorageChange('local', (changes) => {
    if (changes.some((change) => change.key === PENDING_CHANGES_KEY)) void keepPendingOnTime(io);
  }, new AbortController().signal);
  onAlarm(ALARM, () => void keepPendingOnTime(io));
}
