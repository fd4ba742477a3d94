import { streakWeek, type DayCounts } from '../core/stats';
import { t } from '../platform/i18n';
import { count } from './format';

/** The streak's week beside the chart: reach-outs paused, how many of those they answered first, and the card's answers. */
export function StreakWeek({ days }: { days: readonly DayCounts[] }) {
  const week = streakWeek(days);
  const rows = [
    { id: 'streak-paused', label: t('streakWeekPaused'), value: week.paused },
    { id: 'streak-replied', label: t('streakWeekReplied'), value: week.repliedFirst },
    { id: 'answer-yes', label: t('streakWeekYes'), value: week.yes },
    { id: 'answer-not-sure', label: t('streakWeekNotSure'), value: week.notSure },
  ];
  return (
    <dl class="streak-week" aria-label={t('streakWeekLabel')}>
      {rows.map((row) => (
        <div key={row.id} data-stat={row.id}>
          <dt>{row.label}</dt>
          <dd>{count(row.value)}</dd>
        </div>
      ))}
    </dl>
  );
}
