import { keptCount, type DayCounts } from '../core/stats';
import { t } from '../platform/i18n';
import { count } from './format';

/** Today at a glance: three numbers, each under its own label. */
export function Today({ day }: { day: DayCounts }) {
  const tiles = [
    { id: 'shown', label: t('statsShown'), value: day.shown },
    { id: 'kept', label: t('statsKept'), value: keptCount(day) },
    { id: 'sent', label: t('statsSentAnyway'), value: day.sentAnyway },
  ];
  return (
    <dl class="glance">
      {tiles.map((tile) => (
        <div key={tile.id} class="tile" data-stat={tile.id}>
          <dt>{tile.label}</dt>
          <dd>{count(tile.value)}</dd>
        </div>
      ))}
    </dl>
  );
}
