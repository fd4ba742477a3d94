import type { Zone } from '../../src/core/zone';

/**
 * A real IANA time zone for tests, through Intl: the offset is read from the wall time Intl
 * shows for the instant, so DST switches come out exactly as the tz database has them.
 */
export function intlZone(timeZone: string): Zone {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  return {
    offsetMs(utcMs) {
      const whole = Math.floor(utcMs / 1000) * 1000;
      const part = (type: Intl.DateTimeFormatPartTypes): number =>
        Number(format.formatToParts(whole).find((p) => p.type === type)?.value ?? NaN);
      const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
      return wall - whole;
    },
  };
}

/** A fixed offset, for zones with no DST. */
export function fixedZone(hours: number): Zone {
  return { offsetMs: () => hours * 3_600_000 };
}
