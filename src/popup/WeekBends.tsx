import type { DayStats } from '../core/stats';
import { t } from '../platform/i18n';
import { count, dayLong, weekdayShort } from './format';

/**
 * A trace when the rules bent: snoozes taken and settings made looser, per day, counts only.
 * Shown once there is something to show, so a week without either stays as calm as before.
 */
export function WeekBends({ days }: { days: readonly DayStats[] }) {
  if (!days.some((day) => day.snoozed > 0 || day.loosened > 0)) return null;
  const row = (label: string, pick: (day: DayStats) => number) => (
    <tr>
      <th scope="row">{label}</th>
      {days.map((day) => <td key={day.date}>{count(pick(day))}</td>)}
    </tr>
  );
  return (
    <table class="bends">
      <caption>{t('stickBendsCaption')}</caption>
      <thead>
        <tr>
          <td />
          {days.map((day) => (
            <th key={day.date} scope="col" abbr={dayLong(day.date)}>{weekdayShort(day.date)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {row(t('stickBendsSnoozed'), (day) => day.snoozed)}
        {row(t('stickBendsLoosened'), (day) => day.loosened)}
      </tbody>
    </table>
  );
}
