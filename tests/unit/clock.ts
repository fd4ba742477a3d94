/** A hand-wound clock: tests move time explicitly, so nothing depends on the machine's speed. */
export function fakeClock(start = Date.UTC(2026, 10, 26, 12, 0, 0)) {
  let now = start;
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
      return now;
    },
    seconds: (s: number) => s * 1000,
  };
}
