import { plural, t } from '../../platform/i18n';
import { duration } from './words';

/** What the card's line needs of a streak pause. */
export interface StreakModel {
  /** Reach-outs since they last wrote, this one included. */
  readonly reachOuts: number;
  /** How long ago Steady saw them write; 0 when it does not know. */
  readonly agoMs: number;
  /** "Wait until they reply" is on in this conversation. */
  readonly waiting: boolean;
}

/** "4 hours", "20 minutes": how long ago they last wrote, in the largest unit that fits. */
export function ago(ms: number): string {
  const hours = Math.floor(ms / 3_600_000);
  return hours >= 1 ? plural(hours, 'streakHours_one', 'streakHours_other') : duration(ms);
}

/** The streak pause's line: how many reach-outs since they last wrote, and when that was if Steady saw it. */
export function StreakLine({ streak }: { streak: StreakModel }) {
  return (
    <>
      {streak.waiting ? t('streakWaitingLine') : plural(streak.reachOuts, 'streakLine_one', 'streakLine_other')}
      {streak.agoMs > 0 && ` ${t('streakLastWrote', ago(streak.agoMs))}`}
    </>
  );
}
