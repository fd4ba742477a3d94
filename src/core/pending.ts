import { changedPaths, isLooser, isPath, valueAt, withValue, type Path } from './looser';
import { DEFAULT_SETTINGS, HOLD_HOURS, parseSettings, type Settings } from './settings';

/**
 * "Hold me to my settings": looser changes wait, stricter ones apply at once. The changes still
 * waiting are kept in storage.local under one key (this device applies them; only the settings
 * themselves sync). Pure: the clock is passed in.
 */
export const PENDING_CHANGES_KEY = 'pendingChanges';

export const HOUR_MS = 3_600_000;
/** The longest delay on offer; a stored change due later than this after it was made is corrupt. */
const MAX_DELAY_MS = Math.max(...HOLD_HOURS) * HOUR_MS;

export interface PendingChange {
  /** The setting, e.g. "limit" or "sites.whatsapp". */
  readonly path: Path;
  /** The value it takes once due. */
  readonly value: unknown;
  readonly madeAt: number;
  readonly dueAt: number;
}

export type Pending = readonly PendingChange[];

export const NO_PENDING: Pending = Object.freeze([]);

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** A value the settings parser keeps as it is, for that setting. */
function validValue(path: Path, value: unknown): boolean {
  return same(valueAt(parseSettings(withValue({ ...DEFAULT_SETTINGS }, path, value)), path), value);
}

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function parseOne(raw: unknown): PendingChange | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { path, value, madeAt, dueAt } = raw as Record<string, unknown>;
  if (!isPath(path) || !isTime(madeAt) || !isTime(dueAt)) return null;
  if (dueAt < madeAt || dueAt - madeAt > MAX_DELAY_MS || !validValue(path, value)) return null;
  return { path, value, madeAt, dueAt };
}

/**
 * Reads whatever storage holds. Anything but a list means none; a malformed entry is dropped on
 * its own; of two entries for one setting the newer one stays. Never throws.
 */
export function parsePending(stored: unknown): Pending {
  if (!Array.isArray(stored)) return NO_PENDING;
  const byPath = new Map<Path, PendingChange>();
  for (const raw of stored) {
    const change = parseOne(raw);
    if (!change) continue;
    const known = byPath.get(change.path);
    if (!known || known.madeAt <= change.madeAt) byPath.set(change.path, change);
  }
  return [...byPath.values()].sort((a, b) => a.dueAt - b.dueAt);
}

export interface Plan {
  /** What to store as settings now. */
  readonly settings: Settings;
  readonly pending: Pending;
  /** The settings this change loosened (held or not): counted per day in the stats. */
  readonly loosened: readonly Path[];
}

/**
 * Splits a change from `current` (stored) to `next` (asked for). Without the hold everything
 * applies. With it, each looser setting waits `holdHours` and the rest applies now. A setting
 * changed again replaces its waiting change: the newest choice is the one that counts.
 */
export function planChange(current: Settings, next: Settings, pending: Pending, now: number): Plan {
  const paths = changedPaths(current, next);
  const loosened = paths.filter((path) => isLooser(path, current, next));
  const untouched = pending.filter((change) => !paths.includes(change.path));
  if (!current.holdMe) return { settings: next, pending: untouched, loosened };
  let settings = current;
  const held: PendingChange[] = [];
  for (const path of paths) {
    if (loosened.includes(path)) held.push({ path, value: valueAt(next, path), madeAt: now, dueAt: now + current.holdHours * HOUR_MS });
    else settings = withValue(settings, path, valueAt(next, path));
  }
  return { settings, pending: [...untouched, ...held].sort((a, b) => a.dueAt - b.dueAt), loosened };
}

/** Applies every change that is due at `now`, oldest first. `applied` is empty when nothing was due. */
export function applyDue(settings: Settings, pending: Pending, now: number): { settings: Settings; pending: Pending; applied: Pending } {
  const applied = pending.filter((change) => change.dueAt <= now);
  if (applied.length === 0) return { settings, pending, applied };
  let next = settings;
  for (const change of [...applied].sort((a, b) => a.madeAt - b.madeAt)) next = withValue(next, change.path, change.value);
  return { settings: next, pending: pending.filter((change) => change.dueAt > now), applied };
}

/** The waiting change for `path` is dropped; the setting keeps its current value. */
export function cancelPending(pending: Pending, path: Path): Pending {
  return pending.filter((change) => change.path !== path);
}

/** When the next change is due, or null when none waits. */
export function nextDue(pending: Pending): number | null {
  return pending.length ? Math.min(...pending.map((change) => change.dueAt)) : null;
}
