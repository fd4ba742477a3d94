/**
 * The breath that grows within a run of pauses. In one conversation, a pause within an hour of
 * the previous one continues the run, and each further pause doubles the breath before
 * "Send anyway": 3 → 6 → 12 → 24 → 30 s from the default. An hour without a pause ends the run.
 * Only times are kept, never text.
 */
export const RUN_GAP_MS = 3_600_000;
export const MAX_BREATH_SECONDS = 30;
/** Enough to reach the cap from a 1-second breath; older times can no longer change anything. */
const KEEP = 8;

/** Where a new pause at `now` stands in its run: 1 for a first pause, 2 for the next within the hour, … */
export function runPosition(pauses: readonly number[], now: number): number {
  let position = 1;
  let last = now;
  for (let index = pauses.length - 1; index >= 0; index -= 1) {
    const at = pauses[index] as number;
    if (at > last || last - at > RUN_GAP_MS) break;
    position += 1;
    last = at;
  }
  return position;
}

/** The breath for the pause at `position` in its run: the setting, doubled for each pause before it, at most 30 s. */
export function breathFor(baseSeconds: number, position: number): number {
  if (baseSeconds >= MAX_BREATH_SECONDS) return baseSeconds;
  return Math.min(MAX_BREATH_SECONDS, baseSeconds * 2 ** Math.max(0, position - 1));
}

/** Adds a pause at `now`, keeping only what a run can still use. */
export function recordPause(pauses: readonly number[], now: number): number[] {
  return [...pauses.filter((at) => at <= now && now - at <= KEEP * RUN_GAP_MS), now].slice(-KEEP);
}

/** Two tabs' copies of one conversation's pauses, as one. */
export function mergePauses(a: readonly number[], b: readonly number[]): number[] {
  return [...new Set([...a, ...b])].sort((x, y) => x - y).slice(-KEEP);
}

/** Reads stored pause times; anything malformed counts as none. */
export function parsePauses(value: unknown): number[] {
  if (!Array.isArray(value) || !value.every((at) => typeof at === 'number' && Number.isFinite(at) && at >= 0)) return [];
  return [...(value as number[])].sort((x, y) => x - y).slice(-KEEP);
}
